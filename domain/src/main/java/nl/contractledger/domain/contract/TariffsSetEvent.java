package nl.contractledger.domain.contract;

import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record TariffsSetEvent(ContractId contractId, int year, List<TariffLine> tariffs) implements ContractEvent {
}
