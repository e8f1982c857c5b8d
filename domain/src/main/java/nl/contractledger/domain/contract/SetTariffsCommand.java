package nl.contractledger.domain.contract;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

public record SetTariffsCommand(@TargetAggregateIdentifier ContractId contractId, int year, List<TariffLine> tariffs) {
}
