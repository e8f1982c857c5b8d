package nl.contractledger.projections.tender;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A tender as recorded: state, lots, planned against actual milestones, bids, award decisions with
 * their standstill, summary proceedings and rulings. A plain data document built by {@link TenderEvolver}.
 */
public class TenderView {

    public String id;
    public String regionId;
    public List<String> segmentIds = new ArrayList<>();
    public LocalDate plannedOn;
    public String title;
    public String estimatedValue;
    public String state;
    public int standstillDays;
    public List<MilestoneView> milestones = new ArrayList<>();
    public StandstillView standstill;
    public List<WinnerView> winners = new ArrayList<>();
    public List<BidView> bids = new ArrayList<>();
    public List<AwardDecisionView> awardDecisions = new ArrayList<>();
    public List<ProceedingsView> proceedings = new ArrayList<>();
    public List<DocumentView> documents = new ArrayList<>();
    public PlanningWarning planningWarning;
    public CancellationView cancellation;
    public long version;
    public Instant lastRecordedAt;

    /** A step of the procedure: planned and actual date, and how many days late (negative: early). */
    public static class MilestoneView {
        public String milestone;
        public LocalDate plannedOn;
        public LocalDate actualOn;
        public Long deviationDays;
    }

    public record StandstillView(LocalDate decidedOn, int days, LocalDate endsOn, LocalDate earliestAwardOn) {
    }

    public record WinnerView(String segmentId, String providerId) {
    }

    public record BidView(String id, String providerId, List<String> segmentIds, LocalDate submittedOn) {
    }

    public record AwardDecisionView(LocalDate decidedOn, List<WinnerView> winners, String motivation,
                                    LocalDate standstillEndsOn, boolean correction) {
    }

    /** Summary proceedings; {@code blocking} while filed within the standstill and not yet ruled on. */
    public static class ProceedingsView {
        public String id;
        public String providerId;
        public LocalDate filedOn;
        public String court;
        public boolean late;
        public boolean blocking;
        public LocalDate ruledOn;
        public String outcome;
    }

    public record DocumentView(String kind, String title, String sha256, LocalDate on) {
    }

    /** The plan leaves less than the standstill between the planned award decision and the ready-by date. */
    public record PlanningWarning(String message, LocalDate plannedAwardDecision, LocalDate plannedStandstillEndsOn,
                                  LocalDate contractsReadyBy) {
    }

    public record CancellationView(LocalDate cancelledOn, String reason, String decisionRef) {
    }
}
