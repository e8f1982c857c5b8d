package nl.contractledger.projections.provider;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.projections.asof.AsOfFold;
import nl.contractledger.projections.document.DocumentStore;
import nl.contractledger.projections.document.Stored;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Providers, now or as recorded at an instant. */
@Component
public class ProviderQueries {

    private final DocumentStore documents;
    private final AsOfFold asOfFold;

    public ProviderQueries(DocumentStore documents, AsOfFold asOfFold) {
        this.documents = documents;
        this.asOfFold = asOfFold;
    }

    public Optional<ProviderView> provider(String providerId, Instant asOf) {
        if (asOf != null) {
            return asOfFold.fold(ProviderId.of(providerId).toString(), asOf, ProviderEvolver.INSTANCE);
        }
        return documents.load(ProviderProjection.KIND, providerId, ProviderView.class).map(Stored::document);
    }

    public List<ProviderView> all() {
        return documents.all(ProviderProjection.KIND, ProviderView.class);
    }
}
