package nl.contractledger.domain.region;

import java.time.LocalDate;

/**
 * One period in which a municipality belongs to a region: from {@code joinedOn} (inclusive;
 * {@code null} for "since before the record began") until {@code withdrewOn} (exclusive; {@code null}
 * while it lasts). Voorschoten's membership of Haaglanden ends on 2024-01-01: it is no member on that day.
 */
public record Membership(String municipality, LocalDate joinedOn, LocalDate withdrewOn) {

    public boolean isOpen() {
        return withdrewOn == null;
    }

    public boolean coversDate(LocalDate date) {
        boolean started = joinedOn == null || !date.isBefore(joinedOn);
        boolean ended = withdrewOn != null && !date.isBefore(withdrewOn);
        return started && !ended;
    }

    Membership endingOn(LocalDate date) {
        return new Membership(municipality, joinedOn, date);
    }
}
