package nl.contractledger.domain.revision;

import nl.contractledger.domain.provider.ProviderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AdmitProviderToRevisionCommand(@TargetAggregateIdentifier RevisionId revisionId, ProviderId providerId,
                                             LocalDate admittedOn, String qualityCheckRef) {
}
