package nl.contractledger.projections.provider;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.projections.document.ViewReader;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Providers, now or as recorded at an instant. */
@Component
public class ProviderQueries {

    private final ViewReader views;

    public ProviderQueries(ViewReader views) {
        this.views = views;
    }

    public Optional<ProviderView> provider(String providerId, Instant asOf) {
        return views.read(ProviderProjection.KIND, providerId, ProviderId.of(providerId).toString(), ProviderView.class,
                ProviderEvolver.INSTANCE, asOf);
    }

    /** Every provider, by id; as recorded at {@code asOf} (now when null): those registered by then, as they were. */
    public List<ProviderView> all(Instant asOf) {
        return views.all(ProviderProjection.KIND, id -> ProviderId.of(id).toString(), ProviderView.class,
                ProviderEvolver.INSTANCE, asOf);
    }
}
