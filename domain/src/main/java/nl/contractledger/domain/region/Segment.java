package nl.contractledger.domain.region;

import java.time.LocalDate;

/** A segment as the Region aggregate needs it for its rules: number, forms and whether it is open. */
record Segment(SegmentId id, int number, ProcurementForm procurementForm, FundingForm fundingForm,
               LocalDate closedOn) {

    boolean isOpen() {
        return closedOn == null;
    }

    Segment with(ProcurementForm form) {
        return new Segment(id, number, form, fundingForm, closedOn);
    }

    Segment with(FundingForm form) {
        return new Segment(id, number, procurementForm, form, closedOn);
    }

    Segment closedOn(LocalDate date) {
        return new Segment(id, number, procurementForm, fundingForm, date);
    }
}
