package nl.contractledger.domain.contract;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ContractExtendedEvent(ContractId contractId, LocalDate previousEndsOn, LocalDate newEndsOn,
                                    ExtensionBasis basis, String costPriceStudyRef, LocalDate decidedOn) implements ContractEvent {
}
