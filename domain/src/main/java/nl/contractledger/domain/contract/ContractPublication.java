package nl.contractledger.domain.contract;

import nl.contractledger.domain.region.Membership;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.RegionLookup;
import nl.contractledger.domain.region.RegionPolicy;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.region.SegmentStanding;
import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.Require;
import nl.contractledger.domain.shared.RuleViolation;
import nl.contractledger.domain.shared.Slug;
import nl.contractledger.domain.tender.TenderId;
import nl.contractledger.domain.tender.TenderLookup;
import nl.contractledger.domain.tender.Winner;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of PublishContract (DOMAIN.md §3.4): dates in order, a full possible term of at least
 * the region's minimum (not for bridging contracts and result agreements), a tender route only for
 * an awarded tender that awarded each of these segments to a winner, a bridge with predecessors and a reason, and a
 * result agreement under a development agreement of its region, within its term, for a municipality that is a member
 * throughout.
 */
final class ContractPublication {

    private ContractPublication() {
    }

    static ContractPublishedEvent check(PublishContractCommand command, RegionLookup regions, TenderLookup tenders,
                                        ContractLookup contracts, RevisionLookup revisions) {
        RegionPolicy policy = regions.policy(Require.present(command.regionId(), "regionId")).orElseThrow(() ->
                new RuleViolation(ErrorCode.NOT_FOUND, "regionId", "no region " + command.regionId().value()
                        + " exists", Map.of("regionId", command.regionId().value())));
        ContractKind kind = Require.present(command.kind(), "kind");
        LocalDate startsOn = Require.present(command.startsOn(), "startsOn");
        LocalDate endsOn = Require.present(command.endsOn(), "endsOn");
        LocalDate maxEndOn = command.maxEndOn() == null ? endsOn : command.maxEndOn();
        Require.notBefore(endsOn, startsOn.plusDays(1), "endsOn", "the day after startsOn");
        Require.notBefore(maxEndOn, endsOn, "maxEndOn", "endsOn");
        if (kind != ContractKind.BRIDGING && kind != ContractKind.RESULT_AGREEMENT
                && maxEndOn.plusDays(1).isBefore(startsOn.plusYears(policy.minimumContractYears()))) {
            throw new RuleViolation(ErrorCode.CONTRACT_TOO_SHORT, "maxEndOn", "with every option the contract runs "
                    + "from " + startsOn + " to " + maxEndOn + ", shorter than the region's minimum of "
                    + policy.minimumContractYears() + " years", Map.of("startsOn", startsOn.toString(),
                    "maxEndOn", maxEndOn.toString(), "minimumContractYears", policy.minimumContractYears()));
        }
        List<SegmentId> segments = Require.present(command.segmentIds(), "segmentIds");
        if (segments.isEmpty()) {
            throw Require.invalid("segmentIds", "a contract covers at least one segment");
        }
        checkSegments(command.regionId(), segments, startsOn, regions);
        checkRoute(Require.present(command.route(), "route"), command.regionId(), segments, tenders, revisions);
        if (kind == ContractKind.RESULT_AGREEMENT) {
            checkResultAgreement(command, startsOn, endsOn, regions, contracts);
        }
        List<ExtensionOption> options = command.extensionOptions() == null ? List.of() : command.extensionOptions();
        options.forEach(option -> {
            if (option.months() < 1 || option.months() > 120) {
                throw Require.invalid("extensionOptions[].months", "an option lasts 1 to 120 months");
            }
        });
        ContractTerms terms = new ContractTerms(1, startsOn, command.products(), List.of(), command.reviewClauses(),
                Require.present(command.document(), "document"), null, null);
        return new ContractPublishedEvent(command.contractId(), command.regionId(), List.copyOf(segments), kind,
                Require.text(command.title(), "title", 500), command.route(), startsOn, endsOn, maxEndOn,
                List.copyOf(options), command.fundingForm(), terms, command.parentContractId(),
                command.municipality(), command.publishedOn());
    }

    /**
     * Every segment is one of the region's, not closed by the day the contract starts: a contract may have started in
     * a segment that closed later (Zuid-Holland Zuid's agreement of 2022 in segment 5, closed on 2026-01-01).
     */
    private static void checkSegments(RegionId regionId, List<SegmentId> segments, LocalDate startsOn, RegionLookup regions) {
        for (SegmentId segment : segments) {
            SegmentStanding standing = regions.existingSegment(regionId, Require.present(segment, "segmentIds[]"), "segmentIds");
            if (standing.closedOn() != null && !startsOn.isBefore(standing.closedOn())) {
                throw new RuleViolation(ErrorCode.SEGMENT_CLOSED, "segmentIds", "segment " + segment + " is closed from "
                        + standing.closedOn() + ", before the contract starts on " + startsOn,
                        Map.of("segmentId", segment.value(), "closedOn", standing.closedOn().toString(),
                                "startsOn", startsOn.toString()));
            }
        }
    }

    private static void checkRoute(Route route, RegionId regionId, List<SegmentId> segments, TenderLookup tenders,
                                   RevisionLookup revisions) {
        RouteType type = Require.present(route.type(), "route.type");
        if (type == RouteType.TENDER) {
            TenderId tenderId = TenderId.of(Require.text(route.tenderId(), "route.tenderId", 64));
            Set<SegmentId> lots = tenders.awardedWinners(tenderId).orElseThrow(() -> new RuleViolation(
                    ErrorCode.TENDER_NOT_AWARDED, "route.tenderId", "tender " + tenderId.value() + " is not awarded",
                    Map.of("tenderId", tenderId.value()))).stream().map(Winner::segmentId).collect(Collectors.toSet());
            segments.stream().filter(segment -> !lots.contains(segment)).findFirst().ifPresent(segment -> {
                throw new RuleViolation(ErrorCode.SEGMENT_NOT_IN_TENDER, "segmentIds", "tender " + tenderId.value()
                        + " awarded segment " + segment + " to no winner", Map.of("segmentId", segment.value(),
                        "tenderId", tenderId.value()));
            });
        } else if (type == RouteType.BRIDGING) {
            if (route.predecessorContractIds() == null || route.predecessorContractIds().isEmpty()) {
                throw Require.invalid("route.predecessorContractIds", "a bridging contract names what it bridges from");
            }
            Require.text(route.reason(), "route.reason", 2000);
        } else if (type == RouteType.REVISION) {
            String revisionId = Slug.require(Require.text(route.revisionId(), "route.revisionId", 64), "route.revisionId");
            if (revisions.regionOf(revisionId).filter(regionId::equals).isEmpty()) {
                throw new RuleViolation(ErrorCode.NOT_FOUND, "route.revisionId", "region " + regionId.value()
                        + " has no revision procedure " + revisionId, Map.of("revisionId", revisionId));
            }
        }
    }

    /**
     * A result agreement lies under a development agreement of its own region (a yearly agreement per municipality
     * [003]), within that agreement's term as it stands (extended, or cut short by a termination), for a municipality
     * that is a member of the region throughout: Voorschoten, which left Haaglanden on 2024-01-01, can have no result
     * agreement that starts on that day or runs into it.
     */
    private static void checkResultAgreement(PublishContractCommand command, LocalDate startsOn, LocalDate endsOn,
                                             RegionLookup regions, ContractLookup contracts) {
        ContractId parentId = Require.present(command.parentContractId(), "parentContractId");
        ContractLookup.Outline parent = contracts.outline(parentId).orElseThrow(() -> new RuleViolation(ErrorCode.NOT_FOUND,
                "parentContractId", "no contract " + parentId.value() + " exists", Map.of("parentContractId", parentId.value())));
        if (!command.regionId().equals(parent.regionId()) || parent.kind() != ContractKind.DEVELOPMENT_AGREEMENT) {
            throw new RuleViolation(ErrorCode.PARENT_CONTRACT_INVALID, "parentContractId", "a result agreement lies under "
                    + "a development agreement of region " + command.regionId().value() + "; contract " + parentId.value()
                    + " is a " + parent.kind() + " of region " + parent.regionId().value(), Map.of("parentContractId",
                    parentId.value(), "parentKind", parent.kind().name(), "parentRegionId", parent.regionId().value()));
        }
        Require.notBefore(startsOn, parent.startsOn(), "startsOn", "the parent agreement's start");
        if (endsOn.isAfter(parent.lastDay())) {
            String parentEnd = parent.terminatedOn() == null ? "the parent agreement's end"
                    : "the parent agreement's last day before its termination on " + parent.terminatedOn();
            throw new RuleViolation(ErrorCode.DATE_ORDER_INVALID, "endsOn", "endsOn " + endsOn + " lies after "
                    + parentEnd + " " + parent.lastDay(), Map.of("endsOn", endsOn.toString(), "parentLastDay",
                    parent.lastDay().toString()));
        }
        String municipality = Require.text(command.municipality(), "municipality", 200);
        Membership membership = regions.membershipOn(command.regionId(), municipality, startsOn).orElseThrow(() ->
                new RuleViolation(ErrorCode.MUNICIPALITY_NOT_MEMBER, "municipality", municipality + " is not a member of "
                        + "region " + command.regionId().value() + " on " + startsOn,
                        Map.of("municipality", municipality, "startsOn", startsOn.toString())));
        if (membership.withdrewOn() != null && !endsOn.isBefore(membership.withdrewOn())) {
            throw new RuleViolation(ErrorCode.MUNICIPALITY_NOT_MEMBER, "municipality", municipality + " is a member of "
                    + "region " + command.regionId().value() + " until " + membership.withdrewOn().minusDays(1)
                    + ", before the result agreement ends on " + endsOn, Map.of("municipality", municipality,
                    "withdrewOn", membership.withdrewOn().toString(), "endsOn", endsOn.toString()));
        }
    }
}
