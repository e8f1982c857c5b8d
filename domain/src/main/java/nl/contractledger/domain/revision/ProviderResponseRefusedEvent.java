package nl.contractledger.domain.revision;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A response received after its deadline: recorded, with the dates, its kind and the provider's letter when one was
 * given (both null in events recorded before they were kept), and refused.
 */
@Revision("1")
public record ProviderResponseRefusedEvent(RevisionId revisionId, String responseId, ProviderId providerId,
                                           LocalDate receivedOn, int textVersion, LocalDate responseDeadline,
                                           ResponseKind kind, String summary, DocumentRef document) implements RevisionEvent {
}
