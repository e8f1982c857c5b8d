package nl.contractledger.domain.contract;

import java.math.BigDecimal;

/** What a KPI result must reach: at least or at most a value. */
public record KpiTarget(KpiComparison comparison, BigDecimal value) {
}
