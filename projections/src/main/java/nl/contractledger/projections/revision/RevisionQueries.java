package nl.contractledger.projections.revision;

import nl.contractledger.domain.revision.RevisionId;
import nl.contractledger.projections.ProcedureFilter;
import nl.contractledger.projections.ProcedureIndex;
import nl.contractledger.projections.document.ViewReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Revision procedures, now or as recorded at an instant, each in its state on a business date ({@link RevisionStates}). */
@Component
public class RevisionQueries {

    private final ViewReader views;
    private final ProcedureIndex index;

    public RevisionQueries(ViewReader views, JdbcClient jdbc) {
        this.views = views;
        this.index = new ProcedureIndex(jdbc, RevisionProjection.KIND);
    }

    public Optional<RevisionView> revision(String revisionId, Instant asOf, LocalDate on) {
        return views.read(RevisionProjection.KIND, revisionId, RevisionId.of(revisionId).toString(),
                RevisionView.class, RevisionEvolver.INSTANCE, asOf).map(revision -> RevisionStates.describe(revision, on));
    }

    /**
     * By id, the revisions with these ids, now or as recorded at an instant, in their recorded state (never
     * {@code EFFECTIVE}); one absent then is absent here.
     */
    public Map<String, RevisionView> revisions(Collection<String> ids, Instant asOf) {
        return views.readAll(RevisionProjection.KIND, ids, id -> RevisionId.of(id).toString(), RevisionView.class, RevisionEvolver.INSTANCE, asOf);
    }

    /**
     * The revision procedures the filter matches (its state as on {@code on}), in the order of their ids, now or as
     * recorded at {@code asOf} (now when null), each folded up to then: of a region or a segment only theirs are read
     * ({@link ProcedureIndex}), else all.
     */
    public List<RevisionView> revisions(ProcedureFilter filter, Instant asOf, LocalDate on) {
        List<RevisionView> read = index.ids(filter)
                .map(ids -> new TreeMap<>(revisions(ids, asOf)).values().stream().toList())
                .orElseGet(() -> views.all(RevisionProjection.KIND, id -> RevisionId.of(id).toString(), RevisionView.class,
                        RevisionEvolver.INSTANCE, asOf));
        return read.stream().map(procedure -> RevisionStates.describe(procedure, on))
                .filter(procedure -> filter.matches(procedure.regionId, procedure.segmentIds, procedure.state)).toList();
    }
}
