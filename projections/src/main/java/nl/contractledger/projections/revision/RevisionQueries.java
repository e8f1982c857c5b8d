package nl.contractledger.projections.revision;

import nl.contractledger.domain.revision.RevisionId;
import nl.contractledger.projections.document.ViewReader;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** Revision procedures, now or as recorded at an instant. */
@Component
public class RevisionQueries {

    private final ViewReader views;

    public RevisionQueries(ViewReader views) {
        this.views = views;
    }

    public Optional<RevisionView> revision(String revisionId, Instant asOf) {
        return views.read(RevisionProjection.KIND, revisionId, RevisionId.of(revisionId).toString(),
                RevisionView.class, RevisionEvolver.INSTANCE, asOf);
    }
}
