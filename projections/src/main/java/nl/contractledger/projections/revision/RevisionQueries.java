package nl.contractledger.projections.revision;

import nl.contractledger.domain.revision.RevisionId;
import nl.contractledger.projections.asof.AsOfFold;
import nl.contractledger.projections.document.DocumentStore;
import nl.contractledger.projections.document.Stored;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** Revision procedures, now or as recorded at an instant. */
@Component
public class RevisionQueries {

    private final DocumentStore documents;
    private final AsOfFold asOfFold;

    public RevisionQueries(DocumentStore documents, AsOfFold asOfFold) {
        this.documents = documents;
        this.asOfFold = asOfFold;
    }

    public Optional<RevisionView> revision(String revisionId, Instant asOf) {
        if (asOf != null) {
            return asOfFold.fold(RevisionId.of(revisionId).toString(), asOf, RevisionEvolver.INSTANCE);
        }
        return documents.load(RevisionProjection.KIND, revisionId, RevisionView.class).map(Stored::document);
    }
}
