package nl.contractledger.domain.tender;

import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ClarificationIssuedEvent(TenderId tenderId, LocalDate issuedOn, DocumentRef document) implements TenderEvent {
}
