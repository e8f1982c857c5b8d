package nl.contractledger.domain.revision;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A response received after its deadline: recorded, with the dates and the provider's letter when one was given (null
 * in events before it could be), and refused.
 */
@Revision("1")
public record ProviderResponseRefusedEvent(RevisionId revisionId, String responseId, ProviderId providerId,
                                           LocalDate receivedOn, int textVersion, LocalDate responseDeadline,
                                           String summary, DocumentRef document) implements RevisionEvent {
}
