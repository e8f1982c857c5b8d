package nl.contractledger.projections.timeline;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The timeline tables held in memory, so that the projection is tested as a plain object. */
final class RowsInMemory extends TimelineRows {

    final List<Entry> entries = new ArrayList<>();
    /** By the aggregate's kind and id. */
    private final Map<List<String>, List<Subject>> subjects = new HashMap<>();
    private final Map<List<String>, Map<String, LocalDate>> plans = new HashMap<>();
    private final Map<List<String>, String> names = new HashMap<>();
    private final Map<List<String>, String> responders = new HashMap<>();
    /** The day each (contract, segment) part ends, as {@code timeline_subject.part_ends_on} keeps it. */
    final Map<List<String>, LocalDate> partEnds = new HashMap<>();
    /** The instant each withdrawn entry was withdrawn at, as {@code timeline_entry.withdrawn_at} keeps it. */
    final Map<Entry, Timestamp> withdrawn = new HashMap<>();

    RowsInMemory() {
        super(null, null);
    }

    @Override
    void subject(String aggregateType, String aggregateId, String segmentId, String kind) {
        List<Subject> known = subjects.computeIfAbsent(List.of(aggregateType, aggregateId), key -> new ArrayList<>());
        if (known.stream().noneMatch(subject -> subject.segmentId().equals(segmentId))) {
            known.add(new Subject(segmentId, kind));
        }
    }

    @Override
    List<Subject> subjects(String aggregateType, String aggregateId) {
        return List.copyOf(subjects.getOrDefault(List.of(aggregateType, aggregateId), List.of()));
    }

    @Override
    void partEnds(String contractId, String segmentId, LocalDate endsOn) {
        List<Subject> known = subjects.getOrDefault(List.of("contract", contractId), new ArrayList<>());
        if (known.stream().anyMatch(subject -> subject.segmentId().equals(segmentId))) {
            known.replaceAll(subject -> subject.segmentId().equals(segmentId) ? subject.endingOn(endsOn) : subject);
            partEnds.put(List.of(contractId, segmentId), endsOn);
        }
    }

    @Override
    void plan(String aggregateType, String aggregateId, Map<String, LocalDate> plan) {
        plan.forEach((milestone, date) -> plans.computeIfAbsent(List.of(aggregateType, aggregateId), key -> new HashMap<>())
                .putIfAbsent(milestone, date));
    }

    @Override
    Optional<LocalDate> planned(String aggregateType, String aggregateId, String milestone) {
        return Optional.ofNullable(plans.getOrDefault(List.of(aggregateType, aggregateId), Map.of()).get(milestone));
    }

    @Override
    void entry(Entry entry) {
        entries.add(entry);
    }

    /** Withdraws as {@code timeline_entry.withdrawn_at} does: the entry stays, marked with the instant. */
    @Override
    void withdrawStart(String contractId, String segmentId, LocalDate from, Timestamp at) {
        entries.stream().filter(entry -> entry.segmentId().equals(segmentId) && entry.kind().equals("tender")
                        && !entry.date().isBefore(from) && entry.type().equals(ContractFacts.CONTRACT_START)
                        && entry.aggregateId().equals(contractId))
                .forEach(entry -> withdrawn.putIfAbsent(entry, at));
    }

    @Override
    void name(String kind, String id, String name) {
        names.putIfAbsent(List.of(kind, id), name);
    }

    @Override
    Optional<String> name(String kind, String id) {
        return Optional.ofNullable(names.get(List.of(kind, id)));
    }

    @Override
    void responder(String revisionId, String responseId, String providerId) {
        responders.putIfAbsent(List.of(revisionId, responseId), providerId);
    }

    @Override
    Optional<String> responder(String revisionId, String responseId) {
        return Optional.ofNullable(responders.get(List.of(revisionId, responseId)));
    }

    /** The entries of one segment's timeline of one kind, in the order they were written. */
    List<Entry> timeline(String segmentId, String kind) {
        return entries.stream().filter(entry -> entry.segmentId().equals(segmentId) && entry.kind().equals(kind)).toList();
    }
}
