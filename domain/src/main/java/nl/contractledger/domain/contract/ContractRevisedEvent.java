package nl.contractledger.domain.contract;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ContractRevisedEvent(ContractId contractId, String revisionId, ContractTerms terms) implements ContractEvent {
}
