package nl.contractledger.projections.ocds;

import nl.contractledger.domain.contract.ContractProduct;
import nl.contractledger.domain.contract.ContractPublishedEvent;
import nl.contractledger.domain.contract.Route;
import nl.contractledger.domain.contract.RouteType;
import nl.contractledger.domain.region.SegmentId;
import tools.jackson.databind.node.ObjectNode;

/**
 * The release of a published contract. A contract of an awarded tender joins the tender's process and
 * stands on its award for the contract's segment; a result agreement joins its parent's process; any
 * other contract (open house, bridging, by revision) is a process of its own, with the tender and the
 * award it stands on.
 */
final class ContractPublication {

    private final Names names;
    private final Parties parties;

    ContractPublication(Names names, Parties parties) {
        this.names = names;
        this.parties = parties;
    }

    /** The release in a process of the contract's own, which the contract opens. */
    Draft opening(ContractPublishedEvent event, OcdsProcess process) {
        Draft draft = new Draft("tender", "award", "contract");
        parties.buyer(draft, process, event.regionId().value());
        Route route = event.route();
        ObjectNode tender = draft.section("tender").put("id", event.contractId().value()).put("title", event.title())
                .put("status", route.type() == RouteType.OPEN_HOUSE ? "active" : "complete")
                .put("procurementMethod", route.type() == RouteType.OPEN_HOUSE ? "open" : "limited")
                .put("procurementMethodDetails", methodDetails(route))
                .put("mainProcurementCategory", "services");
        if (route.reason() != null) {
            tender.put("procurementMethodRationale", route.reason());
        }
        tender.set("procuringEntity", draft.body().get("buyer"));
        for (SegmentId segment : event.segmentIds()) {
            draft.add(tender, "lots", Json.object().put("id", segment.value()).put("title", names.segment(segment.value()))
                    .put("status", "active"));
        }
        String awardId = event.contractId().value() + "-award";
        OcdsProcess.Award award = new OcdsProcess.Award();
        award.status = "active";
        process.awards.put(awardId, award);
        ObjectNode awardNode = Json.object().put("id", awardId).put("title", event.title()).put("status", "active");
        if (event.publishedOn() != null) {
            awardNode.put("date", Json.dateTime(event.publishedOn()));
        }
        awardNode.set("relatedLots", Json.strings(TenderReleases.segments(event.segmentIds())));
        draft.add("awards", awardNode);
        contract(draft, process, event, awardId);
        return draft;
    }

    /** The release in an existing process: the tender's, or the parent contract's. */
    Draft joining(ContractPublishedEvent event, OcdsProcess process) {
        Draft draft = new Draft("contract");
        contract(draft, process, event, awardFor(event, process));
        return draft;
    }

    static ObjectNode item(ContractProduct product) {
        ObjectNode item = Json.object().put("id", product.code()).put("description", "Product " + product.code());
        if (product.category() != null) {
            item.set("classification", Json.object().put("scheme", "iJw").put("id", product.category()));
        }
        ObjectNode unit = Json.object();
        if (product.unit() != null) {
            unit.put("name", product.unit());
        }
        if (product.tariff() != null) {
            unit.set("value", Json.euros(product.tariff()));
        }
        if (!unit.isEmpty()) {
            item.set("unit", unit);
        }
        return item;
    }

    private void contract(Draft draft, OcdsProcess process, ContractPublishedEvent event, String awardId) {
        String id = event.contractId().value();
        OcdsProcess.Contract contract = new OcdsProcess.Contract();
        contract.awardId = awardId;
        process.contracts.put(id, contract);
        ObjectNode node = ContractReleases.contractOf(draft, id).put("awardID", awardId).put("title", event.title())
                .put("status", "pending");
        if (event.municipality() != null) {
            node.put("description", event.kind() + " of " + event.municipality()
                    + (event.parentContractId() == null ? "" : " under " + event.parentContractId().value()));
        }
        ObjectNode period = Json.period(event.startsOn(), event.endsOn());
        if (event.maxEndOn() != null) {
            period.put("maxExtentDate", Json.endOf(event.maxEndOn()));
        }
        node.set("period", period);
        event.terms().products().forEach(product -> draft.add(node, "items", item(product)));
        if (event.terms().document() != null) {
            draft.add(node, "documents", Json.document(event.terms().document(), "contractSigned", event.publishedOn()));
        }
    }

    /** The award a joining contract stands on: its parent's, or the tender's award of one of its segments. */
    private static String awardFor(ContractPublishedEvent event, OcdsProcess process) {
        if (event.parentContractId() != null && process.contracts.containsKey(event.parentContractId().value())) {
            return process.contracts.get(event.parentContractId().value()).awardId;
        }
        var segments = TenderReleases.segments(event.segmentIds());
        return process.awards.entrySet().stream()
                .filter(entry -> segments.contains(entry.getValue().segmentId))
                .sorted((a, b) -> Boolean.compare("active".equals(b.getValue().status), "active".equals(a.getValue().status)))
                .map(java.util.Map.Entry::getKey).findFirst()
                .orElseGet(() -> process.awards.keySet().stream().findFirst().orElse(process.ocid + "-award"));
    }

    private static String methodDetails(Route route) {
        return switch (route.type()) {
            case OPEN_HOUSE -> "Open house (toelatingsprocedure): every provider that meets the conditions may join";
            case BRIDGING -> "Bridging contract (overbruggingscontract) for continuity of care"
                    + (route.predecessorContractIds() == null || route.predecessorContractIds().isEmpty() ? ""
                    : ", after " + String.join(", ", route.predecessorContractIds().stream().map(Object::toString).toList()));
            case REVISION -> "Contract from revision procedure " + route.revisionId();
            case TENDER -> "Contract of tender " + route.tenderId();
        };
    }
}
