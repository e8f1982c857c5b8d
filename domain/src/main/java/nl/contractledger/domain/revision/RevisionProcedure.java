package nl.contractledger.domain.revision;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.contract.ContractLookup;
import nl.contractledger.domain.provider.ProviderLookup;
import nl.contractledger.domain.region.RegionLookup;
import nl.contractledger.domain.shared.DocumentRef;
import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.Require;
import nl.contractledger.domain.shared.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The herzieningsprocedure (DOMAIN.md §3.5): the contractual procedure that changes running contracts,
 * with the providers' legal protection — text versions, responses within a deadline, answers,
 * publication, admission, and finalisation no later than the region's lead time before it takes effect.
 */
public class RevisionProcedure {

    @AggregateIdentifier
    private RevisionId revisionId;
    private RevisionState state;
    private List<ContractId> contractIds = new ArrayList<>();
    private LocalDate effectiveOn;
    private LocalDate readyBy;
    private LocalDate responsesClosedOn;
    private LocalDate publishedOn;
    private LocalDate admissionClosesOn;
    private final List<RevisionAdmission> admissions = new ArrayList<>();
    private LocalDate admissionOpenedOn;
    private String legalBasis;
    private DocumentRef publishedDocument;
    private RevisedTerms changes;
    private Responses responses = new Responses();

    protected RevisionProcedure() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(OpenRevisionCommand command, RegionLookup regions, ContractLookup contracts, OpenRevisions open) {
        RevisionOpenedEvent opened = RevisionOpening.check(command, regions, contracts, open);
        open.claim(command.revisionId(), opened.contractIds());
        apply(opened);
    }

    @CommandHandler
    public void handle(RecordConsultationCommand command) {
        RevisionLifecycle.require(state, "RecordConsultation");
        apply(new ProvidersConsultedEvent(revisionId, Require.present(command.consultedOn(), "consultedOn"),
                command.providerIds() == null ? List.of() : List.copyOf(command.providerIds()),
                Require.text(command.summary(), "summary", 10_000)));
    }

    @CommandHandler
    public void handle(PresentRevisionTextCommand command) {
        RevisionLifecycle.require(state, "PresentRevisionText");
        if (command.version() != responses.latestVersion() + 1) {
            throw Require.invalid("version", "the next text version is " + (responses.latestVersion() + 1));
        }
        LocalDate presented = Require.present(command.presentedOn(), "presentedOn");
        if (responses.latestVersion() > 0) {
            Require.notBefore(presented, responses.presentedOn(responses.latestVersion()), "presentedOn",
                    "the presentation of text version " + responses.latestVersion());
        }
        LocalDate deadline = Require.present(command.responseDeadline(), "responseDeadline");
        Require.notBefore(deadline, presented.plusDays(1), "responseDeadline", "the day after presentation");
        apply(new RevisionTextPresentedEvent(revisionId, command.version(), Require.present(command.document(), "document"),
                presented, deadline));
    }

    /** A response after its deadline is recorded as refused, with the dates; the web layer answers it as a refusal. */
    @CommandHandler
    public void handle(RegisterResponseCommand command, ContractLookup contracts) {
        RevisionLifecycle.require(state, "RegisterResponse");
        String responseId = Require.text(command.responseId(), "id", 64);
        responses.requireNew(responseId);
        LocalDate received = Require.present(command.receivedOn(), "receivedOn");
        int version = command.textVersion() == 0 ? responses.latestVersion() : command.textVersion();
        Require.notBefore(received, responses.presentedOn(version), "receivedOn", "presentation of text version " + version);
        if (contractIds.stream().noneMatch(contract -> contracts.isParty(contract, command.providerId()))) {
            throw new RuleViolation(ErrorCode.PROVIDER_NOT_PARTY, "providerId", "provider "
                    + command.providerId().value() + " is not party to a contract this revision affects",
                    Map.of("providerId", command.providerId().value()));
        }
        String summary = Require.text(command.summary(), "summary", 10_000);
        ResponseKind kind = command.kind() == null ? ResponseKind.COMMENT : command.kind();
        if (responses.isLate(version, received) || responsesClosedOn != null && version == responses.latestVersion()
                && received.isAfter(responsesClosedOn)) {
            apply(new ProviderResponseRefusedEvent(revisionId, responseId, command.providerId(), received, version,
                    responses.deadlineOf(version), kind, summary, command.document()));
            return;
        }
        apply(new ProviderResponseReceivedEvent(revisionId, responseId, command.providerId(), received, version, kind,
                summary, command.document()));
    }

    @CommandHandler
    public void handle(CloseResponsesCommand command) {
        RevisionLifecycle.require(state, "CloseResponses");
        LocalDate closed = Require.present(command.closedOn(), "closedOn");
        Require.notBefore(closed, responses.deadlineOf(responses.latestVersion()), "closedOn", "the response deadline");
        apply(new ResponsesClosedEvent(revisionId, closed));
    }

    @CommandHandler
    public void handle(AnswerResponseCommand command) {
        RevisionLifecycle.require(state, "AnswerResponse");
        LocalDate received = responses.requireAnswerable(Require.text(command.responseId(), "responseId", 64));
        LocalDate answered = Require.present(command.answeredOn(), "answeredOn");
        Require.notBefore(answered, received, "answeredOn", "receipt of the response");
        apply(new ProviderResponseAnsweredEvent(revisionId, command.responseId(),
                Require.present(command.decision(), "decision"), Require.text(command.motivation(), "motivation", 20_000),
                answered));
    }

    @CommandHandler
    public void handle(PublishRevisedAgreementCommand command) {
        RevisionLifecycle.require(state, "PublishRevisedAgreement");
        List<String> unanswered = responses.unanswered();
        if (!unanswered.isEmpty()) {
            throw new RuleViolation(ErrorCode.RESPONSES_NOT_ANSWERED, null, unanswered.size()
                    + " response(s) have no answer yet: " + String.join(", ", unanswered),
                    Map.of("unansweredResponseIds", unanswered));
        }
        LocalDate published = Require.present(command.publishedOn(), "publishedOn");
        Require.notBefore(published, responsesClosedOn, "publishedOn", "closing of the responses");
        apply(new RevisedAgreementPublishedEvent(revisionId, published, Require.present(command.document(), "document"),
                Require.text(command.legalBasis() == null ? "Aanbestedingswet 2012 art. 2.163c (review clause)"
                        : command.legalBasis(), "legalBasis", 500), command.changes()));
    }

    @CommandHandler
    public void handle(OpenAdmissionCommand command) {
        RevisionLifecycle.require(state, "OpenAdmission");
        LocalDate opened = Require.present(command.openedOn(), "openedOn");
        Require.notBefore(opened, publishedOn, "openedOn", "publication");
        Require.notBefore(Require.present(command.closesOn(), "closesOn"), opened, "closesOn", "openedOn");
        apply(new AdmissionOpenedEvent(revisionId, opened, command.closesOn()));
    }

    @CommandHandler
    public void handle(AdmitProviderToRevisionCommand command, ProviderLookup providers, ContractLookup contracts) {
        RevisionLifecycle.require(state, "AdmitProvider");
        LocalDate admitted = Require.present(command.admittedOn(), "admittedOn");
        if (admissionOpenedOn == null || admitted.isBefore(admissionOpenedOn) || admitted.isAfter(admissionClosesOn)) {
            throw new RuleViolation(ErrorCode.ADMISSION_CLOSED, "admittedOn", "no admission is open on " + admitted,
                    Map.of("admittedOn", admitted.toString()));
        }
        if (!providers.isRegistered(Require.present(command.providerId(), "providerId"))) {
            throw new RuleViolation(ErrorCode.PROVIDER_NOT_REGISTERED, "providerId", "provider "
                    + command.providerId().value() + " is not registered", Map.of("providerId", command.providerId().value()));
        }
        if (admissions.stream().anyMatch(admission -> admission.providerId().equals(command.providerId()))) {
            throw new RuleViolation(ErrorCode.ALREADY_EXISTS, "providerId", "provider " + command.providerId().value()
                    + " is already admitted to this revision", Map.of("providerId", command.providerId().value()));
        }
        if (contractIds.stream().allMatch(contract -> contracts.isParty(contract, command.providerId()))) {
            throw new RuleViolation(ErrorCode.ALREADY_EXISTS, "providerId", "provider " + command.providerId().value()
                    + " is already party to every contract of the revision", Map.of("providerId", command.providerId().value()));
        }
        apply(new ProviderAdmittedToRevisionEvent(revisionId, command.providerId(), admitted,
                Require.text(command.qualityCheckRef(), "qualityCheckRef", 200)));
    }

    @CommandHandler
    public void handle(FinaliseRevisionCommand command, OpenRevisions open) {
        RevisionLifecycle.require(state, "FinaliseRevision");
        LocalDate finalised = Require.present(command.finalisedOn(), "finalisedOn");
        Require.notBefore(finalised, publishedOn, "finalisedOn", "publication");
        boolean late = finalised.isAfter(readyBy);
        String override = command.overrideReason() == null || command.overrideReason().isBlank() ? null
                : Require.text(command.overrideReason(), "overrideReason", 4000);
        if (late && override == null) {
            throw new RuleViolation(ErrorCode.REVISION_LEAD_TIME_VIOLATED, "finalisedOn", "a revision effective on "
                    + effectiveOn + " must be final by " + readyBy + "; finalising on " + finalised + " is "
                    + java.time.temporal.ChronoUnit.DAYS.between(readyBy, finalised) + " day(s) late; give an "
                    + "overrideReason to record the breach", Map.of("finalisedOn", finalised.toString(),
                    "readyBy", readyBy.toString(), "effectiveOn", effectiveOn.toString()));
        }
        open.release(revisionId);
        apply(new RevisionFinalisedEvent(revisionId, finalised, readyBy, late, override, contractIds, effectiveOn,
                legalBasis, publishedDocument, changes, responses.givingNotice(), List.copyOf(admissions)));
    }

    @CommandHandler
    public void handle(WithdrawRevisionCommand command, OpenRevisions open) {
        RevisionLifecycle.require(state, "WithdrawRevision");
        open.release(revisionId);
        apply(new RevisionWithdrawnEvent(revisionId, Require.present(command.withdrawnOn(), "withdrawnOn"),
                Require.text(command.reason(), "reason", 4000)));
    }

    @EventSourcingHandler
    void on(RevisionOpenedEvent event) {
        revisionId = event.revisionId();
        contractIds = new ArrayList<>(event.contractIds());
        effectiveOn = event.effectiveOn();
        readyBy = event.readyBy();
        state = RevisionState.OPENED;
    }

    @EventSourcingHandler
    void on(ProvidersConsultedEvent event) {
        state = RevisionState.CONSULTING;
    }

    @EventSourcingHandler
    void on(RevisionTextPresentedEvent event) {
        responses.presented(event);
        responsesClosedOn = null;
        state = RevisionState.TEXT_PRESENTED;
    }

    @EventSourcingHandler
    void on(ProviderResponseReceivedEvent event) {
        responses.received(event);
        if (state == RevisionState.RESPONSES_HANDLED) {
            state = RevisionState.RESPONSES_CLOSED;
        }
    }

    @EventSourcingHandler
    void on(ProviderResponseRefusedEvent event) {
        responses.refused(event);
    }

    @EventSourcingHandler
    void on(ResponsesClosedEvent event) {
        responsesClosedOn = event.closedOn();
        state = responses.unanswered().isEmpty() ? RevisionState.RESPONSES_HANDLED : RevisionState.RESPONSES_CLOSED;
    }

    @EventSourcingHandler
    void on(ProviderResponseAnsweredEvent event) {
        responses.answered(event.responseId());
        if (state == RevisionState.RESPONSES_CLOSED && responses.unanswered().isEmpty()) {
            state = RevisionState.RESPONSES_HANDLED;
        }
    }

    @EventSourcingHandler
    void on(RevisedAgreementPublishedEvent event) {
        publishedOn = event.publishedOn();
        legalBasis = event.legalBasis();
        publishedDocument = event.document();
        changes = event.changes();
        state = RevisionState.PUBLISHED;
    }

    @EventSourcingHandler
    void on(AdmissionOpenedEvent event) {
        admissionOpenedOn = event.openedOn();
        admissionClosesOn = event.closesOn();
    }

    @EventSourcingHandler
    void on(ProviderAdmittedToRevisionEvent event) {
        admissions.add(new RevisionAdmission(event.providerId(), event.admittedOn(), event.qualityCheckRef()));
    }

    @EventSourcingHandler
    void on(RevisionFinalisedEvent event) {
        state = RevisionState.FINALISED;
    }

    @EventSourcingHandler
    void on(RevisionWithdrawnEvent event) {
        state = RevisionState.WITHDRAWN;
    }

    public RevisionState state() {
        return state;
    }

    /** Whether the revision is finalised and names the contract: only then may the contract be revised under it. */
    public boolean isFinalisedNaming(ContractId contractId) {
        return state == RevisionState.FINALISED && contractIds.contains(contractId);
    }
}
