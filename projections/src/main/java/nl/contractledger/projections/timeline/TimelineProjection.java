package nl.contractledger.projections.timeline;

import nl.contractledger.domain.contract.ContractEvent;
import nl.contractledger.domain.contract.ContractPublishedEvent;
import nl.contractledger.domain.contract.ContractRevisedEvent;
import nl.contractledger.domain.contract.ContractTerminatedEvent;
import nl.contractledger.domain.contract.ProviderAdmittedEvent;
import nl.contractledger.domain.contract.ProviderWithdrewEvent;
import nl.contractledger.domain.contract.SegmentPartEndedEvent;
import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.provider.ProviderRegisteredEvent;
import nl.contractledger.domain.region.RegionEvent;
import nl.contractledger.domain.region.SegmentDefinedEvent;
import nl.contractledger.domain.revision.ProviderResponseReceivedEvent;
import nl.contractledger.domain.revision.RevisionEvent;
import nl.contractledger.domain.shared.BusinessDates;
import nl.contractledger.domain.tender.TenderEvent;
import nl.contractledger.projections.OwnTables;
import nl.contractledger.projections.Positions;
import nl.contractledger.projections.dossier.DossierSteps;
import nl.contractledger.projections.history.EventTypes;
import nl.contractledger.projections.region.SegmentView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The segment timelines: every tender, revision and contract event in the timeline of each segment it
 * concerns (a contract's events up to the day its part for the segment ends), with the planned date and deviation
 * where the aggregate's plan has one; the start of a contract a tender awarded, against that tender's plan; a
 * revision procedure's outcome on a contract (its revision, a provider admitted, withdrawals on notice) also in the
 * revision timelines of the procedure's segments; segment moves and closures in both timelines of every segment they
 * touch. Summaries name providers by the name they were registered with, segments by their number and name
 * ({@link SummaryNames}), and an answer the provider whose response it answers, which this read model keeps
 * for itself, so that a rebuild names them as the live read model did. Rows are keyed by the event's
 * identifier (a contract's start by its publication's with {@value #START_OF_CONTRACT}), so an event applied twice
 * leaves one row (not by position: an event committed late by a concurrent writer is delivered with the position of a
 * later one).
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
public class TimelineProjection implements OwnTables {

    public static final String PROCESSING_GROUP = "timelines";
    static final int SUMMARY_LENGTH = 4000;
    /** What a contract's start adds to its publication's event id to key its own entry. */
    static final String START_OF_CONTRACT = "/start";

    private final TimelineRows rows;
    private final SummaryNames names;
    private final DossierSteps.Responders responders;

    public TimelineProjection(TimelineRows rows) {
        this.rows = rows;
        this.names = SummaryNames.kept(rows);
        this.responders = (revisionId, responseId) -> rows.responder(revisionId.value(), responseId).map(ProviderId::of);
    }

    @EventHandler
    void on(ProviderRegisteredEvent event) {
        rows.name(TimelineRows.PROVIDER, event.providerId().value(), event.name());
    }

    @EventHandler
    void on(TenderEvent event, EventMessage<?> message, @Timestamp Instant at, @MetaDataValue("actor") String actor) {
        record(TenderFacts.of(event, names), "tender", message, at, actor, List.of());
    }

    @EventHandler
    void on(RevisionEvent event, EventMessage<?> message, @Timestamp Instant at, @MetaDataValue("actor") String actor) {
        if (event instanceof ProviderResponseReceivedEvent received) {
            rows.responder(received.revisionId().value(), received.responseId(), received.providerId().value());
        }
        record(OtherFacts.of(event, names, responders), "revision", message, at, actor, List.of());
    }

    @EventHandler
    void on(ContractEvent event, EventMessage<?> message, @Timestamp Instant at, @MetaDataValue("actor") String actor) {
        if (event instanceof SegmentPartEndedEvent ended) {
            rows.partEnds(ended.contractId().value(), ended.segmentId().value(), ended.effectiveOn());
        }
        LocalDate recordedOn = LocalDate.ofInstant(at, BusinessDates.ZONE);
        record(ContractFacts.of(event, subjectKinds(event.contractId().value()), names, recordedOn), "contract", message, at,
                actor, outcomeOf(event));
        if (event instanceof ContractPublishedEvent published) {
            enter(ContractFacts.start(published, recordedOn), "contract", message.getIdentifier() + START_OF_CONTRACT,
                    ContractFacts.CONTRACT_START, message, at, actor, List.of());
        }
        if (event instanceof ContractTerminatedEvent terminated) {
            withdrawStart(terminated, at);
        }
    }

    /** A tender's contract terminated on or before its first day does not start: its start leaves the tender timelines. */
    private void withdrawStart(ContractTerminatedEvent terminated, Instant at) {
        String contractId = terminated.contractId().value();
        rows.subjects("contract", contractId).stream()
                .filter(subject -> TimelineFact.TENDER.contains(subject.kind()))
                .forEach(subject -> rows.withdrawStart(contractId, subject.segmentId(), terminated.effectiveOn(),
                        java.sql.Timestamp.from(at)));
    }

    @EventHandler
    void on(RegionEvent event, EventMessage<?> message, @Timestamp Instant at, @MetaDataValue("actor") String actor) {
        if (event instanceof SegmentDefinedEvent defined) {
            rows.name(TimelineRows.SEGMENT, defined.segmentId().value(), SegmentView.named(defined.number(), defined.name()));
        }
        record(OtherFacts.of(event, names), "region", message, at, actor, List.of());
    }

    @ResetHandler
    void reset() {
        rows.deleteAll();
    }

    @Override
    public List<String> ownTables() {
        return TimelineRows.TABLES;
    }

    /**
     * Enters the fact in the timelines of the segments it concerns, and under {@code alsoUnder} (segment, kind)
     * pairs besides.
     */
    private void record(TimelineFact fact, String aggregateType, EventMessage<?> message, Instant at, String actor,
                        List<Map.Entry<String, String>> alsoUnder) {
        enter(fact, aggregateType, message.getIdentifier(), EventTypes.nameOf(message.getPayloadType().getName()), message,
                at, actor, alsoUnder);
    }

    /** Enters the fact as {@link #record} does, under the entry id and type given. */
    private void enter(TimelineFact fact, String aggregateType, String entryId, String type, EventMessage<?> message,
                       Instant at, String actor, List<Map.Entry<String, String>> alsoUnder) {
        if (fact == null || (fact.kinds().isEmpty() && alsoUnder.isEmpty())) {
            return;
        }
        boolean firstOfAggregate = fact.segments() != null && fact.kinds().size() == 1;
        if (firstOfAggregate) {
            fact.segments().forEach(segment -> rows.subject(aggregateType, fact.aggregateId(), segment, fact.kinds().get(0)));
        }
        if (!fact.plan().isEmpty()) {
            rows.plan(aggregateType, fact.aggregateId(), fact.plan());
        }
        LocalDate date = fact.date() != null ? fact.date() : LocalDate.ofInstant(at, BusinessDates.ZONE);
        LocalDate planned = planned(fact, aggregateType);
        Long deviation = planned == null ? null : ChronoUnit.DAYS.between(planned, date);
        String summary = fitted(fact.summary());
        Set<Map.Entry<String, String>> targets = new LinkedHashSet<>(targets(fact, aggregateType, date));
        targets.addAll(alsoUnder);
        for (Map.Entry<String, String> target : targets) {
            rows.entry(new TimelineRows.Entry(entryId, Positions.of(message), target.getKey(), target.getValue(), date,
                    java.sql.Timestamp.from(at), type, fact.aggregateId(), actor, summary, planned, deviation));
        }
    }

    /** The planned date of the fact's milestone, in its own aggregate's plan or the one it names. */
    private LocalDate planned(TimelineFact fact, String aggregateType) {
        if (fact.milestone() == null) {
            return null;
        }
        TimelineFact.PlannedBy plannedBy = fact.plannedBy() != null ? fact.plannedBy()
                : new TimelineFact.PlannedBy(aggregateType, fact.aggregateId());
        return rows.planned(plannedBy.aggregateType(), plannedBy.aggregateId(), fact.milestone()).orElse(null);
    }

    /**
     * The (segment, kind) pairs an event of the day is entered under: not a segment whose part of the contract ended
     * before that day (after segment 5 of Zuid-Holland Zuid closed, the agreement's KPI results are segment 1's).
     */
    private List<Map.Entry<String, String>> targets(TimelineFact fact, String aggregateType, LocalDate day) {
        if (fact.segments() != null) {
            return fact.segments().stream()
                    .flatMap(segment -> fact.kinds().stream().map(kind -> Map.entry(segment, kind))).toList();
        }
        return pairs(rows.subjects(aggregateType, fact.aggregateId()).stream().filter(subject -> subject.concerns(day)));
    }

    /** The (segment, kind) pairs of the subjects: where their entries stand. */
    private static List<Map.Entry<String, String>> pairs(Stream<TimelineRows.Subject> subjects) {
        return subjects.map(subject -> Map.entry(subject.segmentId(), subject.kind())).toList();
    }

    /**
     * A contract revised by a revision procedure, a provider joining it on the procedure's admission and a provider
     * withdrawing on the notice it gave to it are the procedure's outcome, so they stand in the revision timelines of
     * the procedure's segments too, which need not be the contract's own (Haaglanden's segments of 2027 revise the
     * H10 development agreement).
     */
    private List<Map.Entry<String, String>> outcomeOf(ContractEvent event) {
        String revisionId = event instanceof ContractRevisedEvent revised ? revised.revisionId()
                : event instanceof ProviderWithdrewEvent withdrew ? withdrew.revisionId()
                : event instanceof ProviderAdmittedEvent admitted ? admitted.revisionId() : null;
        return revisionId == null ? List.of() : pairs(rows.subjects("revision", revisionId).stream());
    }

    private List<String> subjectKinds(String contractId) {
        return rows.subjects("contract", contractId).stream().map(TimelineRows.Subject::kind).distinct().toList();
    }

    /**
     * The summary as its column holds it: up to {@value #SUMMARY_LENGTH} characters; a longer one (an award to dozens
     * of winners, each named with its segment) is cut, never between the two halves of a surrogate pair, and ends
     * in "…".
     */
    static String fitted(String summary) {
        if (summary.length() <= SUMMARY_LENGTH) {
            return summary;
        }
        int end = SUMMARY_LENGTH - 1;
        if (Character.isHighSurrogate(summary.charAt(end - 1))) {
            end--;
        }
        return summary.substring(0, end) + "…";
    }
}
