package nl.contractledger.projections.region;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A region as recorded: policy, every membership period, its segments and savings targets.
 * A plain data document, built event by event by {@link RegionEvolver}.
 */
public class RegionView {

    public String id;
    public String name;
    public LocalDate establishedOn;
    public Policy policy;
    public List<MemberView> members = new ArrayList<>();
    /**
     * In an answer, the municipalities that are members on the business date {@link #describedOn}, by name; absent in
     * the read model's own document.
     */
    public List<String> municipalities;
    /** The business date {@link #municipalities} and the segments' status describe ({@link RegionOnDay}). */
    public LocalDate describedOn;
    public List<SegmentView> segments = new ArrayList<>();
    public List<SavingsTargetView> savingsTargets = new ArrayList<>();
    /** The aggregate's version: the sequence number of its last event. */
    public long version;
    public Instant lastRecordedAt;

    public record Policy(int minimumContractYears, int revisionLeadTimeMonths, int standstillDays) {
    }

    public Optional<SegmentView> segment(String segmentId) {
        return segments.stream().filter(segment -> segment.id.equals(segmentId)).findFirst();
    }
}
