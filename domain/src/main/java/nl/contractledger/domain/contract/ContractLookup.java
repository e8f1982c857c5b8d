package nl.contractledger.domain.contract;

import java.time.LocalDate;
import java.util.Optional;

/** What other aggregates may ask of a contract: its term, whether it is active, who is party to it. */
public interface ContractLookup {

    record Term(LocalDate startsOn, LocalDate endsOn) {
    }

    Optional<Term> term(ContractId contractId);

    /** Whether the contract is active on the date: started, not ended, not terminated. */
    boolean isActiveOn(ContractId contractId, LocalDate date);

    /** Whether the provider is party to the contract (admitted or signed, not withdrawn). */
    boolean isParty(ContractId contractId, nl.contractledger.domain.provider.ProviderId providerId);
}
