package nl.contractledger.application.readmodel;

import java.time.Duration;

/**
 * A read needs a read model that is being rebuilt, whose tables hold only part of the events until it is done: how
 * far the rebuild has come (percent, unknown before its first page) and when to ask again.
 */
public class ReadModelRebuilding extends RuntimeException {

    /** When to ask again while the rebuild's pace is not known yet. */
    static final Duration UNKNOWN_PACE = Duration.ofSeconds(5);
    /** The longest wait advised: a rebuild can go faster than its pace so far. */
    static final Duration LONGEST = Duration.ofSeconds(30);

    private final String readModel;
    private final Double progressPercent;
    private final Duration retryAfter;

    public ReadModelRebuilding(String readModel, Double progressPercent, long eventsLeft, Double eventsPerSecond) {
        super(message(readModel, progressPercent), null, false, false);
        this.readModel = readModel;
        this.progressPercent = progressPercent;
        this.retryAfter = retryAfter(eventsLeft, eventsPerSecond);
    }

    public String readModel() {
        return readModel;
    }

    /** How far the rebuild has come, in percent; null when not known. */
    public Double progressPercent() {
        return progressPercent;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The time the events left take at the pace so far, in whole seconds, one to {@link #LONGEST}. */
    static Duration retryAfter(long eventsLeft, Double eventsPerSecond) {
        if (eventsPerSecond == null || eventsPerSecond <= 0) {
            return UNKNOWN_PACE;
        }
        long seconds = (long) Math.ceil(Math.max(0, eventsLeft) / eventsPerSecond);
        return Duration.ofSeconds(Math.max(1, Math.min(LONGEST.toSeconds(), seconds)));
    }

    private static String message(String readModel, Double progressPercent) {
        String done = progressPercent == null ? "" : " (" + (long) Math.floor(progressPercent) + "% done)";
        return "read model '" + readModel + "' is being rebuilt from the first event" + done
                + " and holds only part of them; try again when it is done";
    }
}
