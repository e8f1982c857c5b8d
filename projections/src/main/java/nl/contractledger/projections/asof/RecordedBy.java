package nl.contractledger.projections.asof;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Whether an event was recorded by an instant, from its {@code time_stamp} as stored: Axon writes it as
 * {@code yyyy-MM-ddTHH:mm:ss} followed by three to nine digits of the second and {@code Z}. Compared as text with
 * {@link #beforeSecond}, the next whole second after the instant, in SQL, the fixed-width prefix keeps every event
 * recorded in or before the instant's second and leaves out the later ones without reading them; within that second,
 * {@link #includes} decides on the parsed instant.
 */
public record RecordedBy(Instant asOf) {

    private static final DateTimeFormatter WHOLE_SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /** The bound for {@code time_stamp < :beforeSecond}. */
    public String beforeSecond() {
        return WHOLE_SECOND.format(asOf.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
    }

    /** Whether the event with this {@code time_stamp} was recorded at or before the instant. */
    public boolean includes(String timeStamp) {
        return !Instant.parse(timeStamp).isAfter(asOf);
    }
}
