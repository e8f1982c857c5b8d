package nl.contractledger.projections.provider;

import nl.contractledger.domain.provider.ProviderRegisteredEvent;
import nl.contractledger.projections.asof.Evolver;

import java.time.Instant;

/** Builds a {@link ProviderView} from a provider's events. */
public final class ProviderEvolver implements Evolver<ProviderView> {

    public static final ProviderEvolver INSTANCE = new ProviderEvolver();

    private ProviderEvolver() {
    }

    @Override
    public ProviderView evolve(ProviderView view, Object event, long sequence, Instant recordedAt) {
        ProviderView provider = view;
        if (event instanceof ProviderRegisteredEvent registered) {
            provider = new ProviderView();
            provider.id = registered.providerId().value();
            provider.name = registered.name();
            provider.kvkNumber = registered.kvkNumber().value();
            provider.sizeClass = registered.sizeClass().name();
            provider.registeredAt = recordedAt;
        }
        if (provider != null) {
            provider.version = sequence;
        }
        return provider;
    }
}
