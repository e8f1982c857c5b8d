package nl.contractledger.projections.history;

/** Turns a stored payload class name into the event's domain name. */
public final class EventTypes {

    private EventTypes() {
    }

    /** {@code nl.contractledger.domain.region.MunicipalityWithdrewEvent} becomes {@code MunicipalityWithdrew}. */
    public static String nameOf(String payloadType) {
        String simple = payloadType.substring(payloadType.lastIndexOf('.') + 1);
        return simple.endsWith("Event") ? simple.substring(0, simple.length() - "Event".length()) : simple;
    }
}
