package nl.contractledger.projections.timeline;

import nl.contractledger.domain.contract.Contract;
import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.region.Region;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.revision.RevisionId;
import nl.contractledger.projections.history.EventHistory;
import nl.contractledger.projections.history.HistoryEntry;
import nl.contractledger.projections.history.SegmentFields;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The history of a whole segment: every recorded event that concerns it, in the order it was recorded. Those are
 * the events of its region that name it ({@link SegmentFields}), every event of the tenders, revision procedures
 * and contracts whose segments include it ({@link SegmentSubjects}), and the events its revision procedures brought
 * about on contracts of other segments (a contract revised by one of them, a provider withdrawing on notice given
 * to one), which name the procedure. The events come from the store itself; the streams are read in global order a
 * page at a time, and a stream's events that do not concern the segment are read and left out.
 */
@Component
public class SegmentHistory {

    private static final String REGION = Region.class.getSimpleName();
    private static final String CONTRACT = Contract.class.getSimpleName();

    private final SegmentSubjects subjects;
    private final EventHistory history;

    SegmentHistory(SegmentSubjects subjects, EventHistory history) {
        this.subjects = subjects;
        this.history = history;
    }

    /**
     * The events that concern the segment after {@code afterPosition}, of at most {@code limit} events read;
     * {@code lastPosition} is the last position read, from which the next page reads on while {@code more}.
     */
    public Page page(String segmentId, String regionId, long afterPosition, int limit) {
        List<String> own = subjects.streams(segmentId);
        Set<String> revisions = new HashSet<>();
        Set<String> contractsRevised = new HashSet<>();
        List<String> revisionStreams = own.stream().filter(stream -> stream.startsWith(RevisionId.STREAM_PREFIX)).toList();
        history.firstPayloads(revisionStreams).forEach((stream, opened) -> {
            revisions.add(stream.substring(RevisionId.STREAM_PREFIX.length()));
            opened.path("contractIds").forEach(contract -> contractsRevised.add(contract.asString()));
        });
        contractsRevised.removeIf(contract -> own.contains(ContractId.of(contract).toString()));

        Set<String> streams = new LinkedHashSet<>(own);
        streams.add(RegionId.of(regionId).toString());
        contractsRevised.forEach(contract -> streams.add(ContractId.of(contract).toString()));
        List<HistoryEntry> read = history.ofStreams(streams, afterPosition, limit + 1);

        boolean more = read.size() > limit;
        List<HistoryEntry> page = more ? read.subList(0, limit) : read;
        List<HistoryEntry> events = new ArrayList<>();
        for (HistoryEntry event : page) {
            boolean ofRegion = event.aggregateType().equals(REGION);
            boolean outcome = event.aggregateType().equals(CONTRACT) && contractsRevised.contains(event.aggregateId());
            if (ofRegion ? SegmentFields.name(event.payload(), segmentId)
                    : !outcome || revisions.contains(event.payload().path("revisionId").asString(""))) {
                events.add(event);
            }
        }
        return new Page(events, page.isEmpty() ? afterPosition : page.get(page.size() - 1).position(), more);
    }

    /**
     * A page of a segment's history. It can hold fewer events than its limit while {@code more} is true, since the
     * events read that do not concern the segment are left out.
     */
    public record Page(List<HistoryEntry> events, long lastPosition, boolean more) {
    }
}
