package nl.contractledger.projections.ocds;

import nl.contractledger.domain.tender.*;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The releases of a tender from its award decision on: awards, standstill, proceedings, the final award. */
final class AwardReleases {

    private static final String PENDING = "pending";
    private static final String CANCELLED = "cancelled";

    private final Parties parties;

    AwardReleases(Parties parties) {
        this.parties = parties;
    }

    Draft of(TenderEvent event, OcdsProcess process) {
        if (event instanceof AwardDecidedEvent decided) {
            return decision(new Draft("award"), process, decided.decidedOn(), decided.winners(), decided.motivation(),
                    decided.standstillEndsOn());
        }
        if (event instanceof AwardDecisionCorrectedEvent corrected) {
            return decision(new Draft("awardUpdate"), process, corrected.decidedOn(), corrected.winners(),
                    corrected.motivation(), corrected.standstillEndsOn());
        }
        if (event instanceof SummaryProceedingsRegisteredEvent proceedings) {
            return proceedings(proceedings);
        }
        if (event instanceof CourtRulingRecordedEvent ruling) {
            return ruling(ruling, process);
        }
        if (event instanceof TenderAwardedEvent awarded) {
            return awarded(awarded, process);
        }
        if (event instanceof TenderCancelledEvent cancelled) {
            Draft draft = new Draft("tenderCancellation");
            draft.section("tender").put("status", CANCELLED)
                    .put("statusDetails", "Cancelled on " + cancelled.cancelledOn() + ": " + cancelled.reason()
                            + (cancelled.decisionRef() == null ? "" : " (" + cancelled.decisionRef() + ")"));
            cancelPending(draft, process);
            return draft;
        }
        throw new IllegalArgumentException("not a tender event the export knows: " + event.getClass().getName());
    }

    static String awardId(Winner winner) {
        return winner.segmentId().value() + "-" + winner.providerId().value();
    }

    private Draft decision(Draft draft, OcdsProcess process, LocalDate decidedOn, List<Winner> winners,
                           String motivation, LocalDate standstillEndsOn) {
        Set<String> chosen = winners.stream().map(AwardReleases::awardId).collect(Collectors.toSet());
        process.awards.forEach((id, award) -> {
            if (PENDING.equals(award.status) && !chosen.contains(id)) {
                award.status = CANCELLED;
                draft.add("awards", Json.object().put("id", id).put("status", CANCELLED));
                draft.tag("awardUpdate");
            }
        });
        for (Winner winner : winners) {
            OcdsProcess.Award award = process.awards.computeIfAbsent(awardId(winner), ignored -> new OcdsProcess.Award());
            award.segmentId = winner.segmentId().value();
            award.providerId = winner.providerId().value();
            award.status = PENDING;
            award.suppliers.add(award.providerId);
            ObjectNode node = Json.object().put("id", awardId(winner)).put("status", PENDING)
                    .put("date", Json.dateTime(decidedOn)).put("description", motivation);
            node.set("suppliers", Json.array(parties.reference(award.providerId)));
            node.set("relatedLots", Json.strings(List.of(award.segmentId)));
            node.set("standstillPeriod", Json.period(decidedOn.plusDays(1), standstillEndsOn));
            draft.add("awards", node);
        }
        process.standstillEndsOn = standstillEndsOn.toString();
        ObjectNode tender = draft.section("tender");
        tender.set("awardPeriod", Json.period(decidedOn, standstillEndsOn));
        draft.add(tender, "milestones", TenderMilestone.AWARD_DECISION.met(decidedOn));
        draft.add(tender, "milestones", TenderMilestone.STANDSTILL.planned(standstillEndsOn));
        return draft;
    }

    private Draft proceedings(SummaryProceedingsRegisteredEvent event) {
        Draft draft = new Draft("awardUpdate");
        String effect = event.late()
                ? "filed after the standstill period; it does not block the award"
                : "filed within the standstill period; the final award waits for the ruling";
        draft.add(draft.section("tender"), "milestones", Json.milestone("proceedings-" + event.proceedingsId(),
                        "Summary proceedings by " + parties.reference(event.providerId().value()).get("name").asString()
                                + " at " + event.court(), "assessment", null, null)
                .put("description", "Filed on " + event.filedOn() + ", " + effect));
        return draft;
    }

    private Draft ruling(CourtRulingRecordedEvent event, OcdsProcess process) {
        Draft draft = new Draft("awardUpdate");
        ObjectNode tender = draft.section("tender");
        draft.add(tender, "milestones", Json.object().put("id", "proceedings-" + event.proceedingsId())
                .put("status", "met").put("dateMet", Json.dateTime(event.ruledOn()))
                .put("description", "Ruled on " + event.ruledOn() + ": " + describe(event.outcome())));
        if (event.outcome() != CourtRulingOutcome.UPHELD_AWARD) {
            cancelPending(draft, process);
        }
        if (event.outcome() == CourtRulingOutcome.RETENDER) {
            tender.put("status", CANCELLED).put("statusDetails", "Broken off after the ruling of " + event.ruledOn()
                    + ": the tender must be done again");
            draft.tag("tenderCancellation");
        }
        return draft;
    }

    private Draft awarded(TenderAwardedEvent event, OcdsProcess process) {
        Draft draft = new Draft("awardUpdate");
        for (Winner winner : event.winners()) {
            OcdsProcess.Award award = process.awards.get(awardId(winner));
            if (award != null) {
                award.status = "active";
            }
            draft.add("awards", Json.object().put("id", awardId(winner)).put("status", "active")
                    .put("date", Json.dateTime(event.awardedOn())));
            parties.provider(draft, process, winner.providerId().value(), "supplier");
        }
        ObjectNode tender = draft.section("tender").put("status", "complete");
        if (process.standstillEndsOn != null) {
            draft.add(tender, "milestones", TenderMilestone.STANDSTILL.met(LocalDate.parse(process.standstillEndsOn)));
        }
        draft.add(tender, "milestones", TenderMilestone.CONTRACTS_READY.met(event.awardedOn()));
        draft.add(tender, "milestones", TenderMilestone.AWARD.met(event.awardedOn()));
        return draft;
    }

    private static void cancelPending(Draft draft, OcdsProcess process) {
        process.awards.forEach((id, award) -> {
            if (PENDING.equals(award.status)) {
                award.status = CANCELLED;
                draft.add("awards", Json.object().put("id", id).put("status", CANCELLED));
                draft.tag("awardUpdate");
            }
        });
    }

    private static String describe(CourtRulingOutcome outcome) {
        return switch (outcome) {
            case UPHELD_AWARD -> "the award decision stands";
            case REEVALUATE -> "the bids must be evaluated again";
            case RETENDER -> "the tender must be done again";
        };
    }
}
