package nl.contractledger.domain.contract;

import org.axonframework.serialization.Revision;

@Revision("1")
public record FinancialConsequenceImposedEvent(ContractId contractId, String kpiId, String period, String consequence) implements ContractEvent {
}
