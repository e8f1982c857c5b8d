package nl.contractledger.domain.provider;

import nl.contractledger.domain.shared.Require;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A care provider that bids in tenders, joins contracts and responds to revisions. */
public class Provider {

    @AggregateIdentifier
    private ProviderId providerId;

    protected Provider() {
        // for Axon
    }

    @CommandHandler
    public Provider(RegisterProviderCommand command) {
        apply(new ProviderRegisteredEvent(command.providerId(), Require.text(command.name(), "name", 300),
                Require.present(command.kvkNumber(), "kvkNumber"), Require.present(command.sizeClass(), "sizeClass")));
    }

    @EventSourcingHandler
    void on(ProviderRegisteredEvent event) {
        providerId = event.providerId();
    }
}
