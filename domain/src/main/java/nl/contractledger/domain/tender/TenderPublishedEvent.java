package nl.contractledger.domain.tender;

import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record TenderPublishedEvent(TenderId tenderId, LocalDate publishedOn, LocalDate submissionDeadline, DocumentRef document) implements TenderEvent {
}
