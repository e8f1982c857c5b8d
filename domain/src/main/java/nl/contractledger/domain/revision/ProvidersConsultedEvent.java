package nl.contractledger.domain.revision;

import nl.contractledger.domain.provider.ProviderId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record ProvidersConsultedEvent(RevisionId revisionId, LocalDate consultedOn, List<ProviderId> providerIds,
                                      String summary) implements RevisionEvent {
}
