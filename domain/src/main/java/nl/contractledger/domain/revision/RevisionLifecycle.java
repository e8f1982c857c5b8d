package nl.contractledger.domain.revision;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which commands each revision state accepts (DOMAIN.md §3.5). */
final class RevisionLifecycle {

    private static final Map<RevisionState, List<String>> ALLOWED = new EnumMap<>(RevisionState.class);

    static {
        ALLOWED.put(RevisionState.OPENED, List.of("RecordConsultation", "PresentRevisionText", "WithdrawRevision"));
        ALLOWED.put(RevisionState.CONSULTING, List.of("RecordConsultation", "PresentRevisionText", "WithdrawRevision"));
        ALLOWED.put(RevisionState.TEXT_PRESENTED, List.of("PresentRevisionText", "RegisterResponse", "CloseResponses",
                "WithdrawRevision"));
        ALLOWED.put(RevisionState.RESPONSES_CLOSED, List.of("AnswerResponse", "PresentRevisionText",
                "PublishRevisedAgreement", "RegisterResponse", "WithdrawRevision"));
        ALLOWED.put(RevisionState.RESPONSES_HANDLED, List.of("PresentRevisionText", "PublishRevisedAgreement",
                "RegisterResponse", "WithdrawRevision"));
        ALLOWED.put(RevisionState.PUBLISHED, List.of("OpenAdmission", "AdmitProvider", "FinaliseRevision",
                "WithdrawRevision"));
        ALLOWED.put(RevisionState.FINALISED, List.of());
        ALLOWED.put(RevisionState.WITHDRAWN, List.of());
    }

    private RevisionLifecycle() {
    }

    static void require(RevisionState state, String command) {
        List<String> allowed = ALLOWED.get(state);
        if (!allowed.contains(command)) {
            throw new RuleViolation(ErrorCode.STATE_CONFLICT, null, command + " is not possible while the revision is "
                    + state + (allowed.isEmpty() ? "" : "; possible now: " + String.join(", ", allowed)),
                    Map.of("state", state.name(), "allowedCommands", allowed));
        }
    }
}
