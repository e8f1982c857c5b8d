package nl.contractledger.application.process;

import nl.contractledger.domain.contract.AdmitProviderCommand;
import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.contract.ReviseContractCommand;
import nl.contractledger.domain.contract.WithdrawProviderCommand;
import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.revision.RevisedTerms;
import nl.contractledger.domain.revision.RevisionAdmission;
import nl.contractledger.domain.revision.RevisionFinalisedEvent;
import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

/**
 * When a revision procedure is final, every contract it names is revised with its terms and effective
 * date, every provider admitted to the revised agreement joins those contracts on that date, and every provider
 * that gave notice in response withdraws from them on that date.
 * Repeating it changes nothing (a contract takes a revision once; a provider joins and withdraws once); any
 * other failure propagates, so the processor retries the event and shows the error in its status.
 */
@Saga
public class RevisionFinalisationSaga {

    @Autowired
    private transient CommandGateway commands;

    @StartSaga
    @EndSaga
    @SagaEventHandler(associationProperty = "revisionId")
    void on(RevisionFinalisedEvent event) {
        RevisedTerms changes = event.changes() == null ? new RevisedTerms(null, null, null) : event.changes();
        for (ContractId contract : event.contractIds()) {
            commands.sendAndWait(new ReviseContractCommand(contract, event.revisionId().value(), event.effectiveOn(),
                    event.legalBasis(), changes.products(), changes.kpis(), changes.reviewClauses(), event.document()));
            for (RevisionAdmission admission : event.providersAdmitted() == null ? List.<RevisionAdmission>of()
                    : event.providersAdmitted()) {
                admit(contract, admission, event);
            }
            for (ProviderId provider : event.providersGivingNotice()) {
                withdraw(contract, provider, event);
            }
        }
    }

    private void admit(ContractId contract, RevisionAdmission admission, RevisionFinalisedEvent event) {
        // already party to this contract (or admitted by an earlier delivery): nothing to join
        sendUnless(ErrorCode.ALREADY_EXISTS, new AdmitProviderCommand(contract, admission.providerId(), event.effectiveOn(),
                admission.qualityCheckRef(), event.revisionId().value()));
    }

    private void withdraw(ContractId contract, ProviderId provider, RevisionFinalisedEvent event) {
        // not (or no longer) party to this contract: nothing to withdraw from
        sendUnless(ErrorCode.PROVIDER_NOT_PARTY, new WithdrawProviderCommand(contract, provider, event.effectiveOn(),
                "gave notice in response to revision " + event.revisionId().value(), event.revisionId().value()));
    }

    /** Sends the command; a refusal with {@code nothingToDo} means it is done already, any other propagates. */
    private void sendUnless(ErrorCode nothingToDo, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuleViolation refused) {
            if (refused.code() != nothingToDo) {
                throw refused;
            }
        }
    }
}
