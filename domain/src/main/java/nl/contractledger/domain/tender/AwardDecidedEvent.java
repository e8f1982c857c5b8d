package nl.contractledger.domain.tender;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record AwardDecidedEvent(TenderId tenderId, LocalDate decidedOn, List<Winner> winners, String motivation, int standstillDays, LocalDate standstillEndsOn) implements TenderEvent {
}
