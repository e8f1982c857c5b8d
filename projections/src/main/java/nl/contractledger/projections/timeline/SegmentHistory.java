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
 * to one), which name the procedure. The events come from the store itself; the streams are read in global order,
 * and their events that do not concern the segment are read and left out until a page is full.
 */
@Component
public class SegmentHistory {

    private static final String REGION = Region.class.getSimpleName();
    private static final String CONTRACT = Contract.class.getSimpleName();
    /**
     * Rows read at once, however small the page: the streams hold events that do not concern the segment (the
     * region's about other segments, the history of a contract the segment's procedures revise), which are read
     * and left out until the page is full.
     */
    private static final int READ_AT_LEAST = 500;

    private final SegmentSubjects subjects;
    private final EventHistory history;

    SegmentHistory(SegmentSubjects subjects, EventHistory history) {
        this.subjects = subjects;
        this.history = history;
    }

    /**
     * The first {@code limit} events that concern the segment after {@code afterPosition}; {@code lastPosition} is
     * the position of the last of them while {@code more}, and the last position read when there are no more.
     */
    public Page page(String segmentId, String regionId, long afterPosition, int limit) {
        Concerning concerning = concerning(segmentId, regionId);
        int readAtOnce = Math.max(limit + 1, READ_AT_LEAST);
        List<HistoryEntry> kept = new ArrayList<>();
        long position = afterPosition;
        while (true) {
            List<HistoryEntry> read = history.ofStreams(concerning.streams(), position, readAtOnce);
            read.stream().filter(concerning::concerns).forEach(kept::add);
            if (!read.isEmpty()) {
                position = read.get(read.size() - 1).position();
            }
            if (kept.size() > limit) {
                return new Page(List.copyOf(kept.subList(0, limit)), kept.get(limit - 1).position(), true);
            }
            if (read.size() < readAtOnce) {
                return new Page(kept, position, false);
            }
        }
    }

    /**
     * The streams whose events may concern the segment, and which of their events do: the region's that name it,
     * every event of its own tenders, procedures and contracts, and those of the contracts its procedures revise
     * that name one of its procedures.
     */
    private Concerning concerning(String segmentId, String regionId) {
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
        return new Concerning(segmentId, streams, revisions, contractsRevised);
    }

    private record Concerning(String segmentId, Set<String> streams, Set<String> revisions, Set<String> contractsRevised) {

        boolean concerns(HistoryEntry event) {
            if (event.aggregateType().equals(REGION)) {
                return SegmentFields.name(event.payload(), segmentId);
            }
            boolean revisedOnly = event.aggregateType().equals(CONTRACT) && contractsRevised.contains(event.aggregateId());
            return !revisedOnly || revisions.contains(event.payload().path("revisionId").asString(""));
        }
    }

    /** A page of a segment's history: as many events as its limit, unless it is the last. */
    public record Page(List<HistoryEntry> events, long lastPosition, boolean more) {
    }
}
