package nl.contractledger.projections.tender;

import nl.contractledger.domain.tender.TenderId;
import nl.contractledger.projections.ProcedureFilter;
import nl.contractledger.projections.document.ViewReader;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** By id, the tenders with these ids, now or as recorded at an instant; one absent then is absent here. */
    public Map<String, TenderView> tenders(Collection<String> ids, Instant asOf) {
        return views.readAll(TenderProjection.KIND, ids, id -> TenderId.of(id).toString(), TenderView.class, TenderEvolver.INSTANCE, asOf);
    }

    /**
     * The tenders the filter matches, by id. A region runs a handful a year, so their documents are
     * read and filtered here; as recorded at {@code asOf} (now when null), each folded up to then.
     */
    public List<TenderView> tenders(ProcedureFilter filter, Instant asOf) {
        return views.all(TenderProjection.KIND, id -> TenderId.of(id).toString(), TenderView.class,
                        TenderEvolver.INSTANCE, asOf).stream()
                .filter(procedure -> filter.matches(procedure.regionId, procedure.segmentIds, procedure.state))
                .toList();
    }
}
