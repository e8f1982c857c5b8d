package nl.contractledger.application.lookup;

import nl.contractledger.domain.contract.Contract;
import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.contract.ContractLookup;
import nl.contractledger.domain.provider.ProviderId;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Function;

/** What may be asked of a contract, answered from the Contract aggregate itself. */
@Component
class AggregateContractLookup implements ContractLookup {

    private final ObjectProvider<Configuration> axon;

    AggregateContractLookup(ObjectProvider<Configuration> axon) {
        this.axon = axon;
    }

    @Override
    public Optional<Outline> outline(ContractId contractId) {
        return ask(contractId, Contract::outline);
    }

    @Override
    public boolean isParty(ContractId contractId, ProviderId providerId) {
        return ask(contractId, contract -> contract.isParty(providerId)).orElse(false);
    }

    private <T> Optional<T> ask(ContractId contractId, Function<Contract, T> question) {
        try {
            return Optional.ofNullable(axon.getObject().repository(Contract.class).load(contractId.toString())
                    .invoke(question));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
