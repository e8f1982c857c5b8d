package nl.contractledger.projections.tender;

import nl.contractledger.domain.tender.TenderId;
import nl.contractledger.projections.document.ViewReader;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** Tenders, now or as recorded at an instant. */
@Component
public class TenderQueries {

    private final ViewReader views;

    public TenderQueries(ViewReader views) {
        this.views = views;
    }

    public Optional<TenderView> tender(String tenderId, Instant asOf) {
        return views.read(TenderProjection.KIND, tenderId, TenderId.of(tenderId).toString(), TenderView.class,
                TenderEvolver.INSTANCE, asOf);
    }
}
