package nl.contractledger.projections.tender;

import nl.contractledger.domain.tender.TenderId;
import nl.contractledger.projections.asof.AsOfFold;
import nl.contractledger.projections.document.DocumentStore;
import nl.contractledger.projections.document.Stored;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** Tenders, now or as recorded at an instant. */
@Component
public class TenderQueries {

    private final DocumentStore documents;
    private final AsOfFold asOfFold;

    public TenderQueries(DocumentStore documents, AsOfFold asOfFold) {
        this.documents = documents;
        this.asOfFold = asOfFold;
    }

    public Optional<TenderView> tender(String tenderId, Instant asOf) {
        if (asOf != null) {
            return asOfFold.fold(TenderId.of(tenderId).toString(), asOf, TenderEvolver.INSTANCE);
        }
        return documents.load(TenderProjection.KIND, tenderId, TenderView.class).map(Stored::document);
    }
}
