package nl.contractledger.application.demo;

import nl.contractledger.application.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Haaglanden 2027 history of the source documents [000][001], as the demo loads it: segment 1 by a new
 * tender, segment 2 (with 3–5) by a revision of the running contracts. Both timelines entry by entry: the
 * business date, the event, its aggregate, the plan and the deviation from it, and the summary.
 */
@TestPropertySource(properties = "ledger.demo.enabled=true")
class HaaglandenTimelinesTest extends ApiTest {

    private static final LocalDate CONTRACT_END = LocalDate.of(2032, 12, 31);

    @Test
    void givenTheHaaglanden2027Tender_whenProcurementReadsSegmentOnesTenderTimeline_thenEveryStepStandsWithItsPlanAndDeviation() {
        JsonNode timeline = api.as("procurement").get("/api/segments/hgl-s1/timeline?kind=tender").json();

        List<String> expected = new ArrayList<>(List.of(
                "2025-06-19 TenderPlanned hgl-2027-s1: Tender \"Jeugdhulp met verblijf 2027\" planned, award planned on 2026-06-30",
                "2025-10-06 MarketConsultationStarted hgl-2027-s1 planned 2025-10-01 (+5): Market consultation started",
                "2026-01-20 TenderDocumentsApproved hgl-2027-s1 planned 2026-01-15 (+5): Tender documents approved"
                        + " (collegebesluiten inkoopdocumenten januari 2026)",
                "2026-02-02 TenderPublished hgl-2027-s1 planned 2026-02-01 (+1): Tender published; bids until 2026-05-01",
                "2026-03-09 ClarificationIssued hgl-2027-s1: Clarification issued: Nota van inlichtingen 1",
                "2026-04-28 BidRegistered hgl-2027-s1: Bid bid-hgl-thuisbasis from Thuisbasis Verblijf (invented)",
                "2026-04-30 BidRegistered hgl-2027-s1: Bid bid-hgl-jeugdhof from Jeugdhof Haaglanden (invented)",
                "2026-05-01 SubmissionsClosed hgl-2027-s1 planned 2026-05-01 (0): Submissions closed",
                "2026-06-05 AwardDecided hgl-2027-s1 planned 2026-06-01 (+4): Award decided to Thuisbasis Verblijf (invented)"
                        + " for segment 1 \"Jeugdhulp met verblijf (incl. crisisopvang)\"; standstill until 2026-06-25",
                "2026-06-26 TenderAwarded hgl-2027-s1 planned 2026-06-30 (-4): Tender awarded to Thuisbasis Verblijf (invented)"
                        + " for segment 1 \"Jeugdhulp met verblijf (incl. crisisopvang)\"",
                "2026-06-29 ContractPublished hgl-2027-s1-verblijf: Contract hgl-2027-s1-verblijf \"Overeenkomst jeugdhulp met verblijf 2027\""
                        + " published (GENERAL_AGREEMENT, 2027-01-01 to 2032-12-31)",
                "2026-07-10 ContractSigned hgl-2027-s1-verblijf: Thuisbasis Verblijf (invented) signed contract hgl-2027-s1-verblijf",
                "2027-01-01 ContractStart hgl-2027-s1-verblijf planned 2027-01-01 (0): Contract hgl-2027-s1-verblijf starts"
                        + " (\"Overeenkomst jeugdhulp met verblijf 2027\", awarded by tender hgl-2027-s1)"));
        if (!LocalDate.now(ZoneId.of("Europe/Amsterdam")).isAfter(CONTRACT_END)) {
            expected.add("2032-12-31 Deadline hgl-2027-s1-verblijf deadline: Contract hgl-2027-s1-verblijf \"Overeenkomst jeugdhulp met verblijf 2027\" ends");
        }
        assertThat(timeline.has("revision")).isFalse();
        assertThat(lines(timeline.path("tender"))).containsExactlyElementsOf(expected);
        assertRecordedInOrderByTheLoader(timeline.path("tender"));
    }

    @Test
    void givenTheFirstHaaglandenRevision_whenLegalStaffReadSegmentTwosRevisionTimeline_thenEveryTextResponseAnswerTermAndItsOutcomeStands() {
        // the process manager revises the agreement and withdraws the provider that gave notice once the revision
        // is final, after the loader's last step, and its events reach the timelines on their own processor
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(segmentTwosRevisionTimeline().path("revision")
                .findValuesAsString("type")).contains("ContractRevised", "ProviderWithdrew"));
        JsonNode timeline = segmentTwosRevisionTimeline();

        assertThat(timeline.has("tender")).isFalse();
        assertThat(lines(timeline.path("revision"))).containsExactly(
                "2025-09-15 RevisionOpened hgl-rev-2027-1: Revision opened (sequence 1) for 1 contract(s), effective 2027-01-01;"
                        + " must be final by 2026-07-01: new segments, objectives and funding forms from 1 January 2027",
                "2025-10-20 ProvidersConsulted hgl-rev-2027-1 planned 2025-10-01 (+19): 4 provider(s) consulted:"
                        + " ontwikkeltafels per segment on the revised terms",
                "2026-01-15 RevisionTextPresented hgl-rev-2027-1 planned 2026-01-15 (0): Text version 1 presented"
                        + " (\"Herzieningstekst segmenten 2-5 versie 1\", SHA-256"
                        + " d8a873dae2dc3765a00201613157a19b1e716a479d5f52034e6de67e69f35b2c); responses until 2026-02-13",
                "2026-02-05 ProviderResponseReceived hgl-rev-2027-1: COMMENT from Kompas Jeugd-GGZ (invented) on text version 1,"
                        + " received in time: the task-based budget for segment 2 is too low for the waiting lists",
                "2026-02-10 ProviderResponseReceived hgl-rev-2027-1: NOTICE from Wijkkracht Jeugd (invented) on text version 1"
                        + " (\"Opzegging Wijkkracht ontwikkelovereenkomst H10 per 2027\", SHA-256 cbfa632eda5196bf26e37feac2b472b1f095a1533a8206422941812044ffed84),"
                        + " received in time: will not continue under the revised terms",
                "2026-02-12 ProviderResponseReceived hgl-rev-2027-1: OBJECTION from De Dagbrug (invented) on text version 1"
                        + " (\"Zienswijze Dagbrug op herzieningstekst H10 2027 versie 1\", SHA-256 694fe6cac7df9ef0768b6ea3ef8316c64ebd9b61d4c821e34ed0d35bbed55f42),"
                        + " received in time: the collective offer around school leaves no room for day treatment",
                "2026-02-16 ProviderResponseRefused hgl-rev-2027-1: OBJECTION from Jeugdhof Haaglanden (invented) on text version 1"
                        + " (\"Bezwaar Jeugdhof Haaglanden op herzieningstekst H10 2027 versie 1\", SHA-256 b2af47a7af1628bd5c1469c28105a3cec24a7cefa77677226a1a3a436222969c)"
                        + " refused: received 2026-02-16, after the deadline of 2026-02-13",
                "2026-02-16 ResponsesClosed hgl-rev-2027-1 planned 2026-02-15 (+1): Responses closed",
                "2026-02-26 ProviderResponseAnswered hgl-rev-2027-1: Response r-kompas of Kompas Jeugd-GGZ (invented)"
                        + " answered: PARTLY_ADOPTED"
                        + " — budget for segment 2 raised by 4%",
                "2026-02-26 ProviderResponseAnswered hgl-rev-2027-1: Response r-dagbrug of De Dagbrug (invented)"
                        + " answered: NOT_ADOPTED"
                        + " — day treatment stays available in segment 3 next to the collective offer",
                "2026-02-26 ProviderResponseAnswered hgl-rev-2027-1: Response r-wijkkracht of Wijkkracht Jeugd (invented)"
                        + " answered: NOT_ADOPTED"
                        + " — notice taken; continuity by the other providers",
                "2026-03-16 RevisedAgreementPublished hgl-rev-2027-1 planned 2026-03-15 (+1): Revised agreement published"
                        + " (\"Herziene overeenkomst jeugdhulp 2027\", SHA-256"
                        + " 0b89ca3dd915066bf4bf5799343d0e2c307082c1f911a9cdb00b2433a9834323)"
                        + " under Aanbestedingswet 2012 art. 2.163c (review clause)",
                "2026-04-01 AdmissionOpened hgl-rev-2027-1: Admission of other providers open until 2026-05-01",
                "2026-04-20 ProviderAdmittedToRevision hgl-rev-2027-1: Schoolnabij Jeugdhulp (invented) admitted (QC-2026-schoolnabij)",
                "2026-05-28 RevisionFinalised hgl-rev-2027-1 planned 2026-07-01 (-34): Revision finalised,"
                        + " within the ready-by date of 2026-07-01",
                "2027-01-01 ContractRevised h10-ontwikkel-2021: Contract h10-ontwikkel-2021 revised by hgl-rev-2027-1: terms version 2"
                        + " from 2027-01-01",
                "2027-01-01 ProviderAdmitted h10-ontwikkel-2021: Schoolnabij Jeugdhulp (invented) admitted to contract"
                        + " h10-ontwikkel-2021 by revision hgl-rev-2027-1",
                "2027-01-01 ProviderWithdrew h10-ontwikkel-2021: Wijkkracht Jeugd (invented) withdrew from contract"
                        + " h10-ontwikkel-2021: gave notice in response to revision hgl-rev-2027-1");
        assertRecordedInOrderByTheLoader(timeline.path("revision"));
    }

    private JsonNode segmentTwosRevisionTimeline() {
        return api.as("legal").get("/api/segments/hgl-s2/timeline?kind=revision").json();
    }

    /** An entry as one line: date, event, aggregate, plan and deviation where there is a plan, and the summary. */
    private static List<String> lines(JsonNode entries) {
        return entries.valueStream().map(entry -> {
            StringBuilder line = new StringBuilder(entry.path("date").asString()).append(' ')
                    .append(entry.path("type").asString()).append(' ').append(entry.path("aggregateId").asString());
            if (entry.has("plannedDate")) {
                long deviation = entry.path("deviationDays").asLong();
                line.append(" planned ").append(entry.path("plannedDate").asString())
                        .append(deviation > 0 ? " (+" : " (").append(deviation).append(')');
            }
            if (entry.path("deadline").asBoolean(false)) {
                line.append(" deadline");
            }
            return line.append(": ").append(entry.path("summary").asString()).toString();
        }).toList();
    }

    /** Every recorded entry names the loader as its actor; entries of one date stand in the order they were recorded. */
    private static void assertRecordedInOrderByTheLoader(JsonNode entries) {
        String date = null;
        Instant recorded = null;
        for (JsonNode entry : entries) {
            if (entry.path("deadline").asBoolean(false)) {
                assertThat(entry.has("recordedAt")).as("a deadline is not recorded yet: " + entry).isFalse();
                continue;
            }
            assertThat(entry.path("actor").asString()).as(entry.toString()).isEqualTo(DemoLoader.ACTOR);
            Instant at = Instant.parse(entry.path("recordedAt").asString());
            if (entry.path("date").asString().equals(date)) {
                assertThat(at).as(entry.toString()).isAfterOrEqualTo(recorded);
            }
            date = entry.path("date").asString();
            recorded = at;
        }
    }
}
