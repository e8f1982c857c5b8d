package nl.contractledger.domain.revision;

import nl.contractledger.domain.shared.Lifecycle;

import java.util.List;
import java.util.Map;

/** Which commands each revision state accepts (DOMAIN.md §3.5). */
final class RevisionLifecycle {

    private static final Lifecycle<RevisionState> LIFECYCLE = new Lifecycle<>("revision", Map.of(
            RevisionState.OPENED, List.of("RecordConsultation", "PresentRevisionText", "WithdrawRevision"),
            RevisionState.CONSULTING, List.of("RecordConsultation", "PresentRevisionText", "WithdrawRevision"),
            RevisionState.TEXT_PRESENTED, List.of("PresentRevisionText", "RegisterResponse", "CloseResponses",
                    "WithdrawRevision"),
            RevisionState.RESPONSES_CLOSED, List.of("AnswerResponse", "PresentRevisionText", "PublishRevisedAgreement",
                    "RegisterResponse", "WithdrawRevision"),
            RevisionState.RESPONSES_HANDLED, List.of("PresentRevisionText", "PublishRevisedAgreement",
                    "RegisterResponse", "WithdrawRevision"),
            RevisionState.PUBLISHED, List.of("OpenAdmission", "AdmitProvider", "FinaliseRevision", "WithdrawRevision"),
            RevisionState.FINALISED, List.of(),
            RevisionState.WITHDRAWN, List.of()));

    private RevisionLifecycle() {
    }

    static void require(RevisionState state, String command) {
        LIFECYCLE.require(state, command);
    }
}
