package nl.contractledger.application.readmodel;

/** A read asked for {@code minPosition} and the read model did not reach it in time. */
public class ReadModelBehind extends RuntimeException {

    public ReadModelBehind(String readModel, long minPosition, long position) {
        super("read model '" + readModel + "' is at position " + position + " and has not yet reached "
                + minPosition + "; try again shortly", null, false, false);
    }
}
