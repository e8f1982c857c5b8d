package nl.contractledger.projections.revision;

import nl.contractledger.domain.shared.DocumentRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A revision procedure as recorded: its schedule planned against actual, text versions with their
 * hashes, responses (accepted and refused) with their answers, publication, admission and finalisation.
 * Stored with its recorded {@code state}; a reader sees the state on the date it asks about
 * ({@code stateOn}, {@link RevisionStates}): a finalised procedure is {@code EFFECTIVE} from its effective date.
 */
public class RevisionView {

    public String id;
    public String regionId;
    public List<String> segmentIds = new ArrayList<>();
    public List<String> contractIds = new ArrayList<>();
    public String reason;
    public int sequence;
    public LocalDate openedOn;
    public LocalDate effectiveOn;
    public int leadTimeMonths;
    public LocalDate readyBy;
    public String state;
    public LocalDate stateOn;
    public List<ScheduleStep> schedule = new ArrayList<>();
    public List<Consultation> consultations = new ArrayList<>();
    public List<TextVersion> texts = new ArrayList<>();
    public List<ResponseView> responses = new ArrayList<>();
    public LocalDate responsesClosedOn;
    public Publication publication;
    public Admission admission;
    public List<AdmittedProvider> admittedProviders = new ArrayList<>();
    public Finalisation finalisation;
    public Withdrawal withdrawal;
    public long version;
    public Instant lastRecordedAt;

    /** A step of the schedule: planned and actual date and the deviation in days (positive: late). */
    public static class ScheduleStep {
        public String step;
        public LocalDate plannedOn;
        public LocalDate actualOn;
        public Long deviationDays;
    }

    public record Consultation(LocalDate consultedOn, List<String> providerIds, String summary) {
    }

    public record TextVersion(int version, String title, String sha256, LocalDate presentedOn, LocalDate responseDeadline) {
    }

    /** A provider's response; {@code refused} when it came after the deadline, by {@code daysLate} days. */
    public static class ResponseView {
        public String id;
        public String providerId;
        public LocalDate receivedOn;
        public int textVersion;
        public String kind;
        public String summary;
        /** The provider's letter, when it gave one with its response. */
        public DocumentRef document;
        public LocalDate responseDeadline;
        public boolean refused;
        public long daysLate;
        public Answer answer;
    }

    public record Answer(String decision, String motivation, LocalDate answeredOn) {
    }

    public record Publication(LocalDate publishedOn, String title, String sha256, String legalBasis) {
    }

    public record Admission(LocalDate openedOn, LocalDate closesOn) {
    }

    public record AdmittedProvider(String providerId, LocalDate admittedOn, String qualityCheckRef) {
    }

    /** When the revision became final against the date it had to be final by; a breach carries its reason. */
    public record Finalisation(LocalDate finalisedOn, LocalDate readyBy, boolean leadTimeBreached, long daysToSpare,
                               String overrideReason, List<String> providersGivingNotice) {
    }

    public record Withdrawal(LocalDate withdrawnOn, String reason) {
    }
}
