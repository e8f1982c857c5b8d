package nl.contractledger.application.lookup;

import nl.contractledger.domain.tender.Tender;
import nl.contractledger.domain.tender.TenderId;
import nl.contractledger.domain.tender.TenderLookup;
import nl.contractledger.domain.tender.Winner;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Answers from the Tender aggregate itself, loaded in the asking command's unit of work. */
@Component
class AggregateTenderLookup implements TenderLookup {

    private final ObjectProvider<Configuration> axon;

    AggregateTenderLookup(ObjectProvider<Configuration> axon) {
        this.axon = axon;
    }

    @Override
    public Optional<List<Winner>> awardedWinners(TenderId tenderId) {
        try {
            return axon.getObject().repository(Tender.class).load(tenderId.toString()).invoke(Tender::awardedWinners);
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
