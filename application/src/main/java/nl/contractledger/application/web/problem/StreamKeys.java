package nl.contractledger.application.web.problem;

/** Describes an event stream key such as {@code region:haaglanden} in words: "region haaglanden". */
final class StreamKeys {

    private StreamKeys() {
    }

    static String describe(String streamKey) {
        return streamKey == null ? "such record" : streamKey.replaceFirst(":", " ");
    }
}
