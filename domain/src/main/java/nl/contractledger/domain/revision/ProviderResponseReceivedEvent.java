package nl.contractledger.domain.revision;

import nl.contractledger.domain.provider.ProviderId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ProviderResponseReceivedEvent(RevisionId revisionId, String responseId, ProviderId providerId,
                                            LocalDate receivedOn, int textVersion, ResponseKind kind, String summary) implements RevisionEvent {
}
