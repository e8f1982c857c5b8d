package nl.contractledger.projections.ocds;

import nl.contractledger.domain.contract.*;
import tools.jackson.databind.node.ObjectNode;

/**
 * The release each contract event gives its contracting process; the publication is in
 * {@link ContractPublication}, the amendments in {@link ContractAmendments}.
 */
final class ContractReleases {

    private final Parties parties;
    private final ContractAmendments amendments = new ContractAmendments();

    ContractReleases(Parties parties) {
        this.parties = parties;
    }

    /** The release of the event, or null when the event changes nothing the export shows (a spending cap). */
    Draft of(ContractEvent event, OcdsProcess process) {
        String id = event.contractId().value();
        OcdsProcess.Contract contract = process.contracts.get(id);
        if (event instanceof ProviderAdmittedEvent admitted) {
            return joined(new Draft("awardUpdate"), process, contract, id, admitted.providerId().value())
                    .tag("contractUpdate");
        }
        if (event instanceof ContractSignedEvent signed) {
            Draft draft = joined(new Draft("contract"), process, contract, id, signed.providerId().value());
            contractOf(draft, id).put("dateSigned", Json.dateTime(signed.signedOn()));
            return draft;
        }
        if (event instanceof TariffsSetEvent tariffs) {
            Draft draft = new Draft("contractUpdate");
            ObjectNode node = contractOf(draft, id);
            tariffs.tariffs().forEach(line -> draft.add(node, "items", Json.object().put("id", line.productCode())
                    .set("unit", Json.object().set("value", Json.euros(line.amount())))));
            return draft;
        }
        if (event instanceof KpiAgreedEvent agreed) {
            Kpi kpi = agreed.kpi();
            String note = "Target: " + (kpi.target().comparison() == KpiComparison.AT_LEAST ? "at least " : "at most ")
                    + kpi.target().value().toPlainString() + "; when missed: " + kpi.consequence();
            contract.kpiNotes.put(kpi.kpiId(), note);
            contract.kpiResults.remove(kpi.kpiId());
            return kpi(id, contract, kpi.kpiId(), Json.object().put("title", kpi.description())
                    .put("type", "reporting").put("status", "scheduled"));
        }
        if (event instanceof KpiResultRecordedEvent result) {
            String note = "result for " + result.period() + ": " + result.value().toPlainString()
                    + (result.targetMet() ? " (target met)" : " (target missed)");
            contract.kpiResults.put(result.kpiId(), note);
            return kpi(id, contract, result.kpiId(), Json.object().put("status", result.targetMet() ? "met" : "notMet"));
        }
        if (event instanceof FinancialConsequenceImposedEvent imposed) {
            contract.kpiResults.merge(imposed.kpiId(), "consequence imposed for " + imposed.period() + ": "
                    + imposed.consequence(), (result, consequence) -> result + "; " + consequence);
            return kpi(id, contract, imposed.kpiId(), Json.object());
        }
        if (event instanceof ContractTerminatedEvent terminated) {
            contract.terminated = true;
            Draft draft = new Draft("contractTermination");
            ObjectNode node = contractOf(draft, id).put("status", "terminated")
                    .put("description", "Terminated on " + terminated.effectiveOn() + ": " + terminated.reason());
            // terminated from its effective date: the day before was its last
            node.set("period", Json.period(null, terminated.effectiveOn().minusDays(1)));
            return draft;
        }
        if (event instanceof SpendingCapSetEvent) {
            return null;
        }
        return amendments.of(event, process, contract);
    }

    private Draft joined(Draft draft, OcdsProcess process, OcdsProcess.Contract contract, String contractId,
                         String providerId) {
        parties.provider(draft, process, providerId, "supplier");
        OcdsProcess.Award award = process.awards.get(contract.awardId);
        if (award != null && award.suppliers.add(providerId)) {
            ObjectNode node = Json.object().put("id", contract.awardId);
            node.set("suppliers", Json.array(parties.reference(providerId)));
            draft.add("awards", node).tag("awardUpdate");
        }
        contractOf(draft, contractId).put("status", "active");
        return draft;
    }

    /** The KPI as a milestone: its target and consequence, and its latest result with any consequence imposed. */
    private static Draft kpi(String contractId, OcdsProcess.Contract contract, String kpiId, ObjectNode milestone) {
        String notes = contract.kpiNotes.getOrDefault(kpiId, "")
                + (contract.kpiResults.containsKey(kpiId) ? "; latest " + contract.kpiResults.get(kpiId) : "");
        Draft draft = new Draft("contractUpdate");
        draft.add(contractOf(draft, contractId), "milestones", milestone.put("id", kpiId).put("description", notes));
        return draft;
    }

    /** The draft's entry for the contract in the contracts section. */
    static ObjectNode contractOf(Draft draft, String contractId) {
        if (draft.body().get("contracts") != null) {
            for (var existing : draft.body().get("contracts")) {
                if (existing.path("id").asString().equals(contractId)) {
                    return (ObjectNode) existing;
                }
            }
        }
        ObjectNode node = Json.object().put("id", contractId);
        draft.add("contracts", node);
        return node;
    }
}
