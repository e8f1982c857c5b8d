package nl.contractledger.domain.tender;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A corrected award decision: a new, full standstill runs from it. */
@Revision("1")
public record AwardDecisionCorrectedEvent(TenderId tenderId, LocalDate decidedOn, List<Winner> winners, String motivation, int standstillDays, LocalDate standstillEndsOn) implements TenderEvent {
}
