package nl.contractledger.domain.contract;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.Require;
import nl.contractledger.domain.shared.RuleViolation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** KPIs with a result obligation: agreed once each, and a result either meets the target or not. */
final class Kpis {

    private Kpis() {
    }

    static Kpi valid(Kpi kpi, List<Kpi> agreed) {
        String kpiId = Require.text(kpi.kpiId(), "kpi.kpiId", 64);
        if (agreed.stream().anyMatch(existing -> existing.kpiId().equals(kpiId))) {
            throw new RuleViolation(ErrorCode.ALREADY_EXISTS, "kpi.kpiId", "KPI " + kpiId + " is already agreed",
                    Map.of("kpiId", kpiId));
        }
        Require.text(kpi.description(), "kpi.description", 2000);
        Require.present(kpi.target(), "kpi.target");
        Require.present(kpi.target().comparison(), "kpi.target.comparison");
        Require.present(kpi.target().value(), "kpi.target.value");
        Require.text(kpi.consequence(), "kpi.consequence", 2000);
        return kpi;
    }

    static Kpi find(List<Kpi> agreed, String kpiId) {
        return agreed.stream().filter(kpi -> kpi.kpiId().equals(kpiId)).findFirst().orElseThrow(() ->
                new RuleViolation(ErrorCode.NOT_FOUND, "kpiId", "no KPI " + kpiId + " is agreed in this contract",
                        Map.of("kpiId", kpiId)));
    }

    static boolean met(Kpi kpi, BigDecimal value) {
        int comparison = value.compareTo(kpi.target().value());
        return kpi.target().comparison() == KpiComparison.AT_LEAST ? comparison >= 0 : comparison <= 0;
    }
}
