package nl.contractledger.projections.timeline;

import nl.contractledger.domain.shared.TermCalendar;
import nl.contractledger.domain.tender.StandstillPeriod;
import nl.contractledger.projections.contract.ContractQueries;
import nl.contractledger.projections.contract.ContractView;
import nl.contractledger.projections.revision.RevisionQueries;
import nl.contractledger.projections.revision.RevisionView;
import nl.contractledger.projections.tender.TenderQueries;
import nl.contractledger.projections.tender.TenderView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.contractledger.projections.timeline.TimelineQueries.MISSED;
import static nl.contractledger.projections.timeline.TimelineQueries.OPEN;

/**
 * The deadlines of a segment's timeline on a day, computed from the state of its tenders, revisions and running
 * contracts: now, or as recorded at an instant ({@code asOf}), each folded from its events recorded up to then.
 */
@Component
class OpenDeadlines {

    /** The states of a tender before an award decision, or after the court sent it back to be evaluated again. */
    private static final Set<String> DECISION_TO_COME = Set.of("PLANNED", "CONSULTING", "DOCUMENTS_APPROVED",
            "OPEN", "EVALUATING");

    private final JdbcClient jdbc;
    private final TenderQueries tenders;
    private final RevisionQueries revisions;
    private final ContractQueries contracts;
    private final TimelineRows rows;
    private final TermCalendar calendar;

    OpenDeadlines(JdbcClient jdbc, TenderQueries tenders, RevisionQueries revisions, ContractQueries contracts,
                  TimelineRows rows, TermCalendar calendar) {
        this.jdbc = jdbc;
        this.tenders = tenders;
        this.revisions = revisions;
        this.contracts = contracts;
        this.rows = rows;
        this.calendar = calendar;
    }

    /**
     * The open deadlines of the timeline's tenders, revisions and running contracts on {@code today}, unordered. As of
     * an instant, every subject is folded up to it, all of a kind from one read of their events: one not yet recorded
     * then has no state and no deadline (a tender, revision or contract becomes a timeline's subject with the event
     * that creates it).
     */
    List<TimelineEntry> of(String segmentId, String kind, LocalDate today, Instant asOf) {
        Map<String, List<String>> subjects = new HashMap<>();
        jdbc.sql("SELECT aggregate_id, aggregate_type FROM timeline_subject WHERE segment_id = :segment AND kind = :kind"
                        + (asOf == null ? " AND aggregate_type <> 'contract'" : ""))
                .param("segment", segmentId).param("kind", kind)
                .query(row -> {
                    subjects.computeIfAbsent(row.getString("aggregate_type"), type -> new ArrayList<>()).add(row.getString("aggregate_id"));
                });
        List<TimelineEntry> deadlines = new ArrayList<>();
        tenders.tenders(subjects.getOrDefault("tender", List.of()), asOf)
                .forEach((id, tender) -> deadlines(tender, id, today, deadlines));
        revisions.revisions(subjects.getOrDefault("revision", List.of()), asOf)
                .forEach((id, revision) -> deadlines(revision, id, today, deadlines));
        if (asOf == null) {
            contractEnds(segmentId, kind, today, deadlines);
        } else {
            contracts.contracts(subjects.getOrDefault("contract", List.of()), asOf, today).forEach((id, contract) -> {
                if (runsFor(contract, segmentId)) {
                    contractEnd(deadlines, today, id, contract.title, contract.endsOn);
                }
            });
        }
        return deadlines;
    }

    /**
     * The ends of the running contracts, from the register's index in one query (not their documents); not of a
     * contract whose part for the segment ended or is to end (its own entry stands on that day).
     */
    private void contractEnds(String segmentId, String kind, LocalDate today, List<TimelineEntry> entries) {
        jdbc.sql("""
                        SELECT c.contract_id, c.title, c.ends_on FROM timeline_subject s
                        JOIN contract_index c ON c.contract_id = s.aggregate_id
                        WHERE s.segment_id = :segment AND s.kind = :kind AND s.aggregate_type = 'contract'
                          AND s.part_ends_on IS NULL AND c.terminated_on IS NULL AND c.ends_on >= :today""")
                .param("segment", segmentId).param("kind", kind).param("today", today)
                .query((row, index) -> {
                    contractEnd(entries, today, row.getString("contract_id"), row.getString("title"),
                            row.getObject("ends_on", LocalDate.class));
                    return row;
                })
                .list();
    }

    /** As the register's index tells it: not terminated, and its part for the segment not ended. */
    private static boolean runsFor(ContractView contract, String segmentId) {
        return contract.terminatedOn == null
                && contract.endedSegmentParts.stream().noneMatch(part -> part.segmentId().equals(segmentId));
    }

    private static void contractEnd(List<TimelineEntry> entries, LocalDate today, String id, String title, LocalDate endsOn) {
        future(entries, today, endsOn, id, "Contract " + id + (title == null ? "" : " \"" + title + "\"") + " ends");
    }

    /**
     * A tender's standstill end while it runs; until the award, the day contracts must be ready by its plan, and,
     * until an award decision stands, the last day one can be sent on for its standstill to end before that.
     */
    private void deadlines(TenderView tender, String aggregate, LocalDate today, List<TimelineEntry> entries) {
        if (tender.standstill != null && (tender.state.equals("STANDSTILL") || tender.state.equals("CONTESTED"))) {
            future(entries, today, tender.standstill.endsOn(), aggregate,
                    "Standstill after the award decision of " + tender.standstill.decidedOn() + " ends");
        }
        if (tender.state.equals("AWARDED") || tender.state.equals("CANCELLED")) {
            return;
        }
        LocalDate readyBy = rows.planned("tender", aggregate, TenderFacts.CONTRACTS_READY_BY).orElse(null);
        if (readyBy == null) {
            return;
        }
        if (DECISION_TO_COME.contains(tender.state)) {
            due(entries, today, StandstillPeriod.lastDecisionDayForAwardBy(readyBy, tender.standstillDays, calendar), aggregate,
                    "Last day for the award decision: its standstill of " + tender.standstillDays
                            + " days must end before contracts must be ready on " + readyBy, "no award decision yet");
        }
        due(entries, today, readyBy, aggregate, "Award must be final: contracts must be ready (ready-by date)", "not awarded yet");
    }

    private static void deadlines(RevisionView revision, String aggregate, LocalDate today, List<TimelineEntry> entries) {
        if ("TEXT_PRESENTED".equals(revision.state) && !revision.texts.isEmpty()) {
            var text = revision.texts.get(revision.texts.size() - 1);
            future(entries, today, text.responseDeadline(), aggregate, "Responses to text version " + text.version() + " due");
        }
        if (!"FINALISED".equals(revision.state) && !"WITHDRAWN".equals(revision.state)) {
            due(entries, today, revision.readyBy, aggregate, "Revision must be final (ready-by date)", "not final yet");
        }
    }

    /**
     * A legal deadline of a procedure still open: to come from today on, or, once its day has passed with the act
     * still to come, a missed deadline on its own day ({@code DeadlineMissed}), until the act is recorded.
     */
    private static void due(List<TimelineEntry> entries, LocalDate today, LocalDate date, String aggregate, String summary,
                            String stillOpen) {
        if (date != null && date.isBefore(today)) {
            entries.add(new TimelineEntry(date, null, MISSED, aggregate, null, summary + " \u2014 missed: " + stillOpen,
                    null, null, true));
            return;
        }
        future(entries, today, date, aggregate, summary);
    }

    private static void future(List<TimelineEntry> entries, LocalDate today, LocalDate date, String aggregate,
                               String summary) {
        if (date != null && !date.isBefore(today)) {
            entries.add(new TimelineEntry(date, null, OPEN, aggregate, null, summary, null, null, true));
        }
    }
}
