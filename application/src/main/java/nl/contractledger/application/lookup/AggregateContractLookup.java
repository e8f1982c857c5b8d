package nl.contractledger.application.lookup;

import nl.contractledger.domain.contract.Contract;
import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.contract.ContractLookup;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The term of a contract, from the Contract aggregate itself. */
@Component
class AggregateContractLookup implements ContractLookup {

    private final ObjectProvider<Configuration> axon;

    AggregateContractLookup(ObjectProvider<Configuration> axon) {
        this.axon = axon;
    }

    @Override
    public Optional<Term> term(ContractId contractId) {
        try {
            return Optional.of(axon.getObject().repository(Contract.class).load(contractId.toString())
                    .invoke(contract -> new Term(contract.startsOn(), contract.endsOn())));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
