package nl.contractledger.domain.contract;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ExtendContractCommand(@TargetAggregateIdentifier ContractId contractId, LocalDate newEndsOn,
                                    ExtensionBasis basis, String costPriceStudyRef, LocalDate decidedOn) {
}
