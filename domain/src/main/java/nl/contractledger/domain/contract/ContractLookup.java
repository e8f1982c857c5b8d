package nl.contractledger.domain.contract;

import java.time.LocalDate;
import java.util.Optional;

/** The term of another contract, for a result agreement that must lie within its parent's term. */
public interface ContractLookup {

    record Term(LocalDate startsOn, LocalDate endsOn) {
    }

    Optional<Term> term(ContractId contractId);
}
