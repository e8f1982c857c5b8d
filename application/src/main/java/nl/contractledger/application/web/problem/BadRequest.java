package nl.contractledger.application.web.problem;

/** A request the API cannot read: answered with {@code 400 VALIDATION_FAILED} naming the field. */
public class BadRequest extends RuntimeException {

    private final String field;

    public BadRequest(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
