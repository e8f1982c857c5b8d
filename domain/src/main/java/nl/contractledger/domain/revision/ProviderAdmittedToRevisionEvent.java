package nl.contractledger.domain.revision;

import nl.contractledger.domain.provider.ProviderId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ProviderAdmittedToRevisionEvent(RevisionId revisionId, ProviderId providerId, LocalDate admittedOn,
                                              String qualityCheckRef) implements RevisionEvent {
}
