package nl.contractledger.domain.tender;

import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record TenderDocumentsApprovedEvent(TenderId tenderId, LocalDate approvedOn, String decisionRef, DocumentRef document) implements TenderEvent {
}
