package nl.contractledger.domain.tender;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record TenderAwardedEvent(TenderId tenderId, LocalDate awardedOn, List<Winner> winners) implements TenderEvent {
}
