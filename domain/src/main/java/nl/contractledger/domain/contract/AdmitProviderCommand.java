package nl.contractledger.domain.contract;

import nl.contractledger.domain.provider.ProviderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Admits a provider to the contract; {@code revisionId} when a revision procedure's admission causes it, else null. */
public record AdmitProviderCommand(@TargetAggregateIdentifier ContractId contractId, ProviderId providerId,
                                   LocalDate admittedOn, String qualityCheckRef, String revisionId) {
}
