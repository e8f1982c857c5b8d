package nl.contractledger.domain.tender;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.Lifecycle;
import nl.contractledger.domain.shared.RuleViolation;

import java.util.List;
import java.util.Map;

/** Which commands each tender state accepts (DOMAIN.md §3.3). */
final class TenderLifecycle {

    private static final Lifecycle<TenderState> LIFECYCLE = new Lifecycle<>("tender", Map.of(
            TenderState.PLANNED, List.of("StartMarketConsultation", "ApproveTenderDocuments", "CancelTender"),
            TenderState.CONSULTING, List.of("ApproveTenderDocuments", "CancelTender"),
            TenderState.DOCUMENTS_APPROVED, List.of("PublishTender", "CancelTender"),
            TenderState.OPEN, List.of("IssueClarification", "RegisterBid", "CloseSubmissions", "CancelTender"),
            TenderState.EVALUATING, List.of("DecideAward", "CorrectAwardDecision", "CancelTender"),
            TenderState.STANDSTILL, List.of("AwardTender", "RegisterSummaryProceedings", "RecordCourtRuling",
                    "CorrectAwardDecision", "CancelTender"),
            TenderState.CONTESTED, List.of("RegisterSummaryProceedings", "RecordCourtRuling", "CorrectAwardDecision",
                    "CancelTender"),
            TenderState.AWARDED, List.of("RegisterSummaryProceedings", "RecordCourtRuling"),
            TenderState.CANCELLED, List.of()));

    private TenderLifecycle() {
    }

    static void require(TenderState state, String command) {
        if (state == TenderState.CONTESTED && command.equals("AwardTender")) {
            throw new RuleViolation(ErrorCode.SUMMARY_PROCEEDINGS_PENDING, null, "summary proceedings filed within "
                    + "the standstill await a ruling; the award cannot be made final", Map.of("state", state.name()));
        }
        LIFECYCLE.require(state, command);
    }
}
