package nl.contractledger.domain.revision;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A response received in time; {@code document} is the provider's letter when one was given (null in events before it could be). */
@Revision("1")
public record ProviderResponseReceivedEvent(RevisionId revisionId, String responseId, ProviderId providerId,
                                            LocalDate receivedOn, int textVersion, ResponseKind kind, String summary,
                                            DocumentRef document) implements RevisionEvent {
}
