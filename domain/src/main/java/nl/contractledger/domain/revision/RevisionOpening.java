package nl.contractledger.domain.revision;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.contract.ContractLookup;
import nl.contractledger.domain.region.ProcurementForm;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.RegionLookup;
import nl.contractledger.domain.region.RegionPolicy;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.Require;
import nl.contractledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Opening a revision: its segments are purchased by revision, every contract is one of the region's and active on
 * the effective date, and no contract is in another open revision. It records the region's lead time
 * and the date the revision must be final by.
 */
final class RevisionOpening {

    private RevisionOpening() {
    }

    static RevisionOpenedEvent check(OpenRevisionCommand command, RegionLookup regions, ContractLookup contracts,
                                     OpenRevisions open) {
        RegionId regionId = Require.present(command.regionId(), "regionId");
        RegionPolicy policy = regions.policy(regionId).orElseThrow(() -> new RuleViolation(ErrorCode.NOT_FOUND,
                "regionId", "no region " + regionId.value() + " exists", Map.of("regionId", regionId.value())));
        LocalDate effectiveOn = Require.present(command.effectiveOn(), "effectiveOn");
        List<SegmentId> segments = nonEmpty(command.segmentIds(), "segmentIds");
        for (SegmentId segment : segments) {
            ProcurementForm form = regions.procurementFormOfOpenSegment(regionId, segment, "segmentIds");
            if (form != ProcurementForm.REVISION) {
                throw new RuleViolation(ErrorCode.WRONG_PROCUREMENT_FORM, "segmentIds", "segment " + segment
                        + " is purchased by " + form + ", not by revision", Map.of("segmentId", segment.value()));
            }
        }
        List<ContractId> affected = nonEmpty(command.contractIds(), "contractIds");
        for (ContractId contract : affected) {
            ContractLookup.Outline outline = contracts.outline(Require.present(contract, "contractIds[]"))
                    .filter(found -> regionId.equals(found.regionId())).orElseThrow(() -> new RuleViolation(
                            ErrorCode.NOT_FOUND, "contractIds", "region " + regionId.value() + " has no contract "
                            + contract.value(), Map.of("contractId", contract.value())));
            if (!outline.isActiveOn(effectiveOn)) {
                throw new RuleViolation(ErrorCode.CONTRACT_NOT_ACTIVE, "contractIds", "contract " + contract.value()
                        + " is not active on " + effectiveOn + ": it runs from " + outline.startsOn() + " to "
                        + outline.lastDay(), Map.of("contractId", contract.value(), "effectiveOn", effectiveOn.toString()));
            }
            open.holderOf(contract).filter(holder -> !holder.equals(command.revisionId())).ifPresent(holder -> {
                throw new RuleViolation(ErrorCode.REVISION_CONFLICT, "contractIds", "contract " + contract.value()
                        + " is in revision " + holder.value() + ", which is neither finalised nor withdrawn",
                        Map.of("contractId", contract.value(), "openRevisionId", holder.value()));
            });
        }
        if (command.sequence() < 1) {
            throw Require.invalid("sequence", "sequence counts from 1");
        }
        LocalDate readyBy = effectiveOn.minusMonths(policy.revisionLeadTimeMonths());
        return new RevisionOpenedEvent(command.revisionId(), regionId, List.copyOf(segments), List.copyOf(affected),
                Require.text(command.reason(), "reason", 4000), command.sequence(), effectiveOn,
                command.plannedSchedule(), policy.revisionLeadTimeMonths(), readyBy, command.openedOn());
    }

    private static <T> List<T> nonEmpty(List<T> values, String field) {
        if (values == null || values.isEmpty()) {
            throw Require.invalid(field, field + " must name at least one");
        }
        return values;
    }
}
