package nl.contractledger.projections.contract;

import nl.contractledger.domain.contract.ContractTerms;
import nl.contractledger.domain.contract.ExtensionOption;
import nl.contractledger.domain.contract.Kpi;
import nl.contractledger.domain.contract.Route;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A contract as recorded: its term with extensions, every terms version, parties with their dates,
 * tariffs, spending caps, KPIs with results. {@code status}, {@code termsVersionInForce} and, in a
 * register filtered by a segment or a provider, {@code statusConcerning} are derived for the date a
 * reader asks about; they are not stored.
 */
public class ContractView {

    public String id;
    public String regionId;
    public String kind;
    public String title;
    public Route route;
    public List<String> segmentIds = new ArrayList<>();
    public List<SegmentPartEnding> endedSegmentParts = new ArrayList<>();
    public LocalDate publishedOn;
    public LocalDate startsOn;
    public LocalDate originalEndsOn;
    public LocalDate endsOn;
    public LocalDate maxEndOn;
    public List<ExtensionOption> extensionOptions = new ArrayList<>();
    public int optionsUsed;
    public String fundingForm;
    public String parentContractId;
    public String municipality;
    public String status;
    public LocalDate statusOn;
    public StatusConcerning statusConcerning;
    public Integer termsVersionInForce;
    public List<ContractTerms> termsVersions = new ArrayList<>();
    public List<PartyView> parties = new ArrayList<>();
    public List<ExtensionView> extensions = new ArrayList<>();
    public List<TariffView> tariffs = new ArrayList<>();
    public List<SpendingCapView> spendingCaps = new ArrayList<>();
    public List<KpiView> kpis = new ArrayList<>();
    public LocalDate terminatedOn;
    public String terminationReason;
    public long version;
    public Instant lastRecordedAt;

    /**
     * The contract's status as it concerns the segment or provider a register was filtered by: TERMINATED
     * from the day its part for the segment ended or the provider withdrew, otherwise its own status.
     */
    public record StatusConcerning(String segmentId, String providerId, String status) {
    }

    public record SegmentPartEnding(String segmentId, LocalDate effectiveOn, String reason) {
    }

    public static class PartyView {
        public String providerId;
        public LocalDate admittedOn;
        public String qualityCheckRef;
        public LocalDate signedOn;
        public LocalDate withdrewOn;
        public String withdrawalReason;
    }

    public record ExtensionView(LocalDate previousEndsOn, LocalDate newEndsOn, String basis, Integer optionNumber,
                                String clauseId, String article, String justification, String costPriceStudyRef,
                                LocalDate decidedOn) {
    }

    public record TariffView(int year, String productCode, String amount) {
    }

    public record SpendingCapView(String providerId, int year, String amount) {
    }

    public static class KpiView {
        public Kpi kpi;
        public LocalDate agreedOn;
        public List<KpiResultView> results = new ArrayList<>();
    }

    public record KpiResultView(String period, BigDecimal value, boolean targetMet, String consequenceImposed) {
    }
}
