package nl.contractledger.domain.contract;



/** A KPI with a result obligation and the financial consequence of missing it [004]. */
public record Kpi(String kpiId, String description, KpiTarget target, String consequence) {
}
