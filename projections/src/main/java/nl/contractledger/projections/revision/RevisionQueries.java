package nl.contractledger.projections.revision;

import nl.contractledger.domain.revision.RevisionId;
import nl.contractledger.projections.ProcedureFilter;
import nl.contractledger.projections.document.ViewReader;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** By id, the revisions with these ids, now or as recorded at an instant; one absent then is absent here. */
    public Map<String, RevisionView> revisions(Collection<String> ids, Instant asOf) {
        return views.readAll(RevisionProjection.KIND, ids, id -> RevisionId.of(id).toString(), RevisionView.class, RevisionEvolver.INSTANCE, asOf);
    }

    /**
     * The revision procedures the filter matches, by id. A region runs a handful a year, so their documents are
     * read and filtered here; as recorded at {@code asOf} (now when null), each folded up to then.
     */
    public List<RevisionView> revisions(ProcedureFilter filter, Instant asOf) {
        return views.all(RevisionProjection.KIND, id -> RevisionId.of(id).toString(), RevisionView.class,
                        RevisionEvolver.INSTANCE, asOf).stream()
                .filter(procedure -> filter.matches(procedure.regionId, procedure.segmentIds, procedure.state))
                .toList();
    }
}
