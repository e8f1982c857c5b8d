package nl.contractledger.domain.tender;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which commands each tender state accepts; anything else is refused naming the state and the choices. */
final class TenderLifecycle {

    private static final Map<TenderState, List<String>> ALLOWED = new EnumMap<>(TenderState.class);

    static {
        ALLOWED.put(TenderState.PLANNED, List.of("StartMarketConsultation", "ApproveTenderDocuments", "CancelTender"));
        ALLOWED.put(TenderState.CONSULTING, List.of("ApproveTenderDocuments", "CancelTender"));
        ALLOWED.put(TenderState.DOCUMENTS_APPROVED, List.of("PublishTender", "CancelTender"));
        ALLOWED.put(TenderState.OPEN, List.of("IssueClarification", "RegisterBid", "CloseSubmissions", "CancelTender"));
        ALLOWED.put(TenderState.EVALUATING, List.of("DecideAward", "CorrectAwardDecision", "CancelTender"));
        ALLOWED.put(TenderState.STANDSTILL, List.of("AwardTender", "RegisterSummaryProceedings", "RecordCourtRuling",
                "CorrectAwardDecision", "CancelTender"));
        ALLOWED.put(TenderState.CONTESTED, List.of("RegisterSummaryProceedings", "RecordCourtRuling",
                "CorrectAwardDecision", "CancelTender"));
        ALLOWED.put(TenderState.AWARDED, List.of("RegisterSummaryProceedings", "RecordCourtRuling"));
        ALLOWED.put(TenderState.CANCELLED, List.of());
    }

    private TenderLifecycle() {
    }

    static void require(TenderState state, String command) {
        if (state == TenderState.CONTESTED && command.equals("AwardTender")) {
            throw new RuleViolation(ErrorCode.SUMMARY_PROCEEDINGS_PENDING, null, "summary proceedings filed within "
                    + "the standstill await a ruling; the award cannot be made final", Map.of("state", state.name()));
        }
        List<String> allowed = ALLOWED.get(state);
        if (!allowed.contains(command)) {
            throw new RuleViolation(ErrorCode.STATE_CONFLICT, null, command + " is not possible while the tender is "
                    + state + (allowed.isEmpty() ? "" : "; possible now: " + String.join(", ", allowed)),
                    Map.of("state", state.name(), "allowedCommands", allowed));
        }
    }
}
