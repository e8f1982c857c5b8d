package nl.contractledger.domain.contract;

import nl.contractledger.domain.provider.ProviderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record SignContractCommand(@TargetAggregateIdentifier ContractId contractId, ProviderId providerId,
                                  LocalDate signedOn) {
}
