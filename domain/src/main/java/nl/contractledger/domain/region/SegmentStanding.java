package nl.contractledger.domain.region;

import java.time.LocalDate;

/**
 * What a tender, a revision procedure or a contract asks of a segment it is to concern: how it is purchased, and,
 * once a closure of it is recorded, the day that closure takes effect.
 */
public record SegmentStanding(ProcurementForm procurementForm, LocalDate closedOn) {

    public static SegmentStanding open(ProcurementForm procurementForm) {
        return new SegmentStanding(procurementForm, null);
    }
}
