package nl.contractledger.projections.timeline;

import nl.contractledger.domain.contract.*;
import nl.contractledger.domain.shared.Amount;
import nl.contractledger.projections.history.EventTypes;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The timeline facts of contract events: every event of a contract is an entry in the timelines of the segments it
 * serves, worded in one line. An event without a business date of its own (a tariff, a spending cap, a KPI result)
 * stands on the day it was recorded.
 */
final class ContractFacts {

    /**
     * The entries of a contract's running administration, not steps of its procedure: they stand in the timelines, but
     * a timeline's latest step ({@link Progress}) is taken from the others.
     */
    static final List<String> ADMINISTRATION = Stream.of(TariffsSetEvent.class, SpendingCapSetEvent.class,
                    KpiAgreedEvent.class, KpiResultRecordedEvent.class, FinancialConsequenceImposedEvent.class)
            .map(type -> EventTypes.nameOf(type.getName())).toList();

    /** How many of a year's tariffs a summary names; the others it counts. */
    static final int TARIFFS_NAMED = 3;

    /** The type of the entry of a tender's contract starting ({@link #start}): a day of the contract, not an event. */
    static final String CONTRACT_START = "ContractStart";

    private ContractFacts() {
    }

    /**
     * The fact of a contract event; {@code recordedOn}, the day it was recorded, stands for a publication's day when
     * the event does not name it (recorded before it could).
     */
    static TimelineFact of(ContractEvent event, List<String> kinds, SummaryNames names, LocalDate recordedOn) {
        String id = event.contractId().value();
        if (event instanceof ContractPublishedEvent e) {
            boolean startsOnPublication = awardedByTender(e) && e.startsOn().equals(publicationDay(e, recordedOn));
            return new TimelineFact(awardedByTender(e) ? TimelineFact.TENDER : TimelineFact.REVISION,
                    id, segments(e), e.publishedOn(), "Contract " + id + " \"" + e.title()
                    + "\" published (" + e.kind() + ", " + e.startsOn() + " to " + e.endsOn() + ")",
                    startsOnPublication ? TenderFacts.CONTRACT_START : null, Map.of(), startsOnPublication ? tenderOf(e) : null);
        }
        LocalDate date = null;
        String summary;
        if (event instanceof ContractExtendedEvent e) {
            date = e.decidedOn();
            summary = "Contract " + id + " extended from " + e.previousEndsOn() + " to " + e.newEndsOn() + " (" + e.basis().type() + ")";
        } else if (event instanceof ContractRevisedEvent e) {
            date = e.terms().effectiveOn();
            summary = "Contract " + id + " revised by " + e.revisionId() + ": terms version " + e.terms().version() + " from "
                    + e.terms().effectiveOn();
        } else if (event instanceof ProviderAdmittedEvent e) {
            date = e.admittedOn();
            summary = names.of(e.providerId()) + " admitted to contract " + id
                    + (e.revisionId() == null ? "" : " by revision " + e.revisionId());
        } else if (event instanceof ContractSignedEvent e) {
            date = e.signedOn();
            summary = names.of(e.providerId()) + " signed contract " + id;
        } else if (event instanceof ProviderWithdrewEvent e) {
            date = e.effectiveOn();
            summary = names.of(e.providerId()) + " withdrew from contract " + id + ": " + e.reason();
        } else if (event instanceof SegmentPartEndedEvent e) {
            date = e.effectiveOn();
            summary = "Part for " + names.segment(e.segmentId()) + " of contract " + id + " ended: " + e.reason();
        } else if (event instanceof ContractTerminatedEvent e) {
            date = e.effectiveOn();
            summary = "Contract " + id + " terminated: " + e.reason();
        } else if (event instanceof TariffsSetEvent e) {
            summary = "Tariffs of contract " + id + " for " + e.year() + " set: " + tariffs(e.tariffs());
        } else if (event instanceof SpendingCapSetEvent e) {
            summary = "Spending cap of " + names.of(e.providerId()) + " on contract " + id + " for " + e.year() + ": "
                    + euros(e.amount());
        } else if (event instanceof KpiAgreedEvent e) {
            date = e.agreedOn();
            summary = "KPI " + e.kpi().kpiId() + " agreed on contract " + id + ": " + target(e.kpi().target())
                    + "; missing it costs " + e.kpi().consequence();
        } else if (event instanceof KpiResultRecordedEvent e) {
            summary = "KPI " + e.kpiId() + " result for " + e.period() + ": " + e.value().toPlainString()
                    + (e.targetMet() ? ", target met" : ", target missed");
        } else if (event instanceof FinancialConsequenceImposedEvent e) {
            summary = "KPI " + e.kpiId() + " missed in " + e.period() + ": " + e.consequence();
        } else {
            return null;
        }
        return new TimelineFact(kinds, id, null, date, summary, null, Map.of());
    }

    /**
     * A contract a tender awarded starting (its summary says so before the title, so that a short label of it, as the
     * picture draws, still does): the actual day of the tender plan's last milestone, an entry of its own
     * ({@link #CONTRACT_START}) in the tender timelines of the contract's segments on its first day, set against the
     * plan as every other step of the tender. Null for a contract of another route, and for one that starts on the
     * day it was published, whose publication's entry is set against the plan instead (two entries of one event on
     * one day would share their place in the timeline's order).
     */
    static TimelineFact start(ContractPublishedEvent e, LocalDate recordedOn) {
        if (!awardedByTender(e) || e.startsOn().equals(publicationDay(e, recordedOn))) {
            return null;
        }
        String id = e.contractId().value();
        return new TimelineFact(TimelineFact.TENDER, id, segments(e), e.startsOn(), "Contract " + id + " starts (\""
                + e.title() + "\", awarded by tender " + e.route().tenderId() + ")", TenderFacts.CONTRACT_START, Map.of(),
                tenderOf(e));
    }

    private static LocalDate publicationDay(ContractPublishedEvent e, LocalDate recordedOn) {
        return e.publishedOn() != null ? e.publishedOn() : recordedOn;
    }

    private static boolean awardedByTender(ContractPublishedEvent e) {
        return e.route().type() == RouteType.TENDER;
    }

    private static TimelineFact.PlannedBy tenderOf(ContractPublishedEvent e) {
        return new TimelineFact.PlannedBy("tender", e.route().tenderId());
    }

    private static List<String> segments(ContractPublishedEvent e) {
        return e.segmentIds().stream().map(Object::toString).toList();
    }

    /** {@code 45A01 € 2,027.00, 45A02 € 80.00 and 4 more}: the first few of the year's tariffs, the rest counted. */
    private static String tariffs(List<TariffLine> lines) {
        if (lines.isEmpty()) {
            return "none";
        }
        List<String> named = lines.stream().limit(TARIFFS_NAMED).map(line -> line.productCode() + " " + euros(line.amount())).toList();
        int others = lines.size() - named.size();
        return String.join(", ", named) + (others > 0 ? " and " + others + " more" : "");
    }

    private static String target(KpiTarget target) {
        return (target.comparison() == KpiComparison.AT_LEAST ? "at least " : "at most ") + target.value().toPlainString();
    }

    private static String euros(Amount amount) {
        return String.format(Locale.ENGLISH, "€ %,.2f", amount.value());
    }
}
