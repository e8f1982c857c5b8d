package nl.contractledger.domain.region;

import java.time.LocalDate;

/**
 * A product's place in one segment from {@code from} (inclusive; null: since the segment's
 * definition without a date) until {@code until} (exclusive; null while it lasts).
 */
record Placement(SegmentId segmentId, LocalDate from, LocalDate until) {

    boolean isOpen() {
        return until == null;
    }

    boolean coversDate(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
    }

    Placement endingOn(LocalDate date) {
        return new Placement(segmentId, from, date);
    }
}
