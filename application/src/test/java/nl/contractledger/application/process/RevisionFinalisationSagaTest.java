package nl.contractledger.application.process;

import nl.contractledger.domain.contract.AdmitProviderCommand;
import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.contract.ReviseContractCommand;
import nl.contractledger.domain.contract.WithdrawProviderCommand;
import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.revision.RevisionAdmission;
import nl.contractledger.domain.revision.RevisionFinalisedEvent;
import nl.contractledger.domain.revision.RevisionId;
import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

class RevisionFinalisationSagaTest {

    private static final RevisionId REVISION = RevisionId.of("hgl-2027-rev-s5");
    private static final ContractId FIRST = ContractId.of("hgl-2021-s5a");
    private static final ContractId SECOND = ContractId.of("hgl-2021-s5b");
    private static final ProviderId LEAVING = ProviderId.of("leaving");
    private static final LocalDate EFFECTIVE = LocalDate.of(2027, 1, 1);
    private static final DocumentRef TEXT = new DocumentRef("Herziene overeenkomst", "e".repeat(64));

    private final SagaTestFixture<RevisionFinalisationSaga> fixture = new SagaTestFixture<>(RevisionFinalisationSaga.class);

    private static RevisionFinalisedEvent finalised(List<ProviderId> notice) {
        return finalised(notice, null);
    }

    private static RevisionFinalisedEvent finalised(List<ProviderId> notice, List<RevisionAdmission> admitted) {
        return new RevisionFinalisedEvent(REVISION, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1), false, null,
                List.of(FIRST, SECOND), EFFECTIVE, "Aw 2.163c", TEXT, null, notice, admitted);
    }

    @Test
    void givenAProviderAdmittedToTheRevisedAgreement_whenFinalised_thenItJoinsEachContractOnTheEffectiveDate() {
        ProviderId joining = ProviderId.of("schoolnabij");
        fixture.givenNoPriorActivity()
                .whenPublishingA(finalised(List.of(LEAVING), List.of(new RevisionAdmission(joining, LocalDate.of(2026, 4, 20), "QC-2026-3"))))
                .expectDispatchedCommands(
                        new ReviseContractCommand(FIRST, REVISION.value(), EFFECTIVE, "Aw 2.163c", null, null, null, TEXT),
                        new AdmitProviderCommand(FIRST, joining, EFFECTIVE, "QC-2026-3", REVISION.value()),
                        new WithdrawProviderCommand(FIRST, LEAVING, EFFECTIVE, "gave notice in response to revision "
                                + REVISION.value(), REVISION.value()),
                        new ReviseContractCommand(SECOND, REVISION.value(), EFFECTIVE, "Aw 2.163c", null, null, null, TEXT),
                        new AdmitProviderCommand(SECOND, joining, EFFECTIVE, "QC-2026-3", REVISION.value()),
                        new WithdrawProviderCommand(SECOND, LEAVING, EFFECTIVE, "gave notice in response to revision "
                                + REVISION.value(), REVISION.value()));
    }

    @Test
    void givenARevisionNamingTwoContracts_whenFinalised_thenBothAreRevisedFromTheEffectiveDate() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(finalised(List.of()))
                .expectDispatchedCommands(
                        new ReviseContractCommand(FIRST, REVISION.value(), EFFECTIVE, "Aw 2.163c", null, null, null, TEXT),
                        new ReviseContractCommand(SECOND, REVISION.value(), EFFECTIVE, "Aw 2.163c", null, null, null, TEXT))
                .expectActiveSagas(0);
    }

    @Test
    void givenAProviderThatGaveNotice_whenFinalised_thenItWithdrawsFromEachContractOnTheEffectiveDate() {
        String reason = "gave notice in response to revision " + REVISION.value();
        fixture.givenNoPriorActivity()
                .whenPublishingA(finalised(List.of(LEAVING)))
                .expectDispatchedCommands(
                        new ReviseContractCommand(FIRST, REVISION.value(), EFFECTIVE, "Aw 2.163c", null, null, null, TEXT),
                        new WithdrawProviderCommand(FIRST, LEAVING, EFFECTIVE, reason, REVISION.value()),
                        new ReviseContractCommand(SECOND, REVISION.value(), EFFECTIVE, "Aw 2.163c", null, null, null, TEXT),
                        new WithdrawProviderCommand(SECOND, LEAVING, EFFECTIVE, reason, REVISION.value()));
    }
}
