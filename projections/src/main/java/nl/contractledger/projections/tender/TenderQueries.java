package nl.contractledger.projections.tender;

import nl.contractledger.domain.tender.TenderId;
import nl.contractledger.projections.ProcedureFilter;
import nl.contractledger.projections.ProcedureIndex;
import nl.contractledger.projections.document.ViewReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Tenders, now or as recorded at an instant. */
@Component
public class TenderQueries {

    private final ViewReader views;
    private final ProcedureIndex index;

    public TenderQueries(ViewReader views, JdbcClient jdbc) {
        this.views = views;
        this.index = new ProcedureIndex(jdbc, TenderProjection.KIND);
    }

    public Optional<TenderView> tender(String tenderId, Instant asOf) {
        return views.read(TenderProjection.KIND, tenderId, TenderId.of(tenderId).toString(), TenderView.class,
                TenderEvolver.INSTANCE, asOf);
    }

    /** By id, the tenders with these ids, now or as recorded at an instant; one absent then is absent here. */
    public Map<String, TenderView> tenders(Collection<String> ids, Instant asOf) {
        return views.readAll(TenderProjection.KIND, ids, id -> TenderId.of(id).toString(), TenderView.class, TenderEvolver.INSTANCE, asOf);
    }

    /**
     * The tenders the filter matches, in the order of their ids, now or as recorded at {@code asOf} (now when null),
     * each folded up to then: of a region or a segment only theirs are read ({@link ProcedureIndex}), else all.
     */
    public List<TenderView> tenders(ProcedureFilter filter, Instant asOf) {
        List<TenderView> read = index.ids(filter)
                .map(ids -> new TreeMap<>(tenders(ids, asOf)).values().stream().toList())
                .orElseGet(() -> views.all(TenderProjection.KIND, id -> TenderId.of(id).toString(), TenderView.class,
                        TenderEvolver.INSTANCE, asOf));
        return read.stream().filter(procedure -> filter.matches(procedure.regionId, procedure.segmentIds, procedure.state)).toList();
    }
}
