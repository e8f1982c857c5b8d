package nl.contractledger.application.web.revision;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import nl.contractledger.application.command.CommandAnswer;
import nl.contractledger.application.command.LedgerCommands;
import nl.contractledger.application.web.ProblemResponses;
import nl.contractledger.application.web.command.Answers;
import nl.contractledger.application.web.command.BusinessDay;
import nl.contractledger.application.web.command.CommandRequest;
import nl.contractledger.application.web.command.Creates;
import nl.contractledger.application.web.contract.ContractMapping;
import nl.contractledger.application.web.problem.Problems;
import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.revision.*;
import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The revision procedure commands, from OpenRevision to FinaliseRevision. */
@RestController
@RequestMapping("/api/revisions")
class RevisionCommandController {

    private final LedgerCommands commands;
    private final EventStore eventStore;

    RevisionCommandController(LedgerCommands commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @Creates
    @PostMapping
    ResponseEntity<CommandAnswer> open(@Valid @RequestBody RevisionRequests.Open body, CommandRequest request) {
        RevisionId id = RevisionId.of(body.id());
        RevisionRequests.Schedule s = body.plannedSchedule();
        PlannedSchedule schedule = s == null ? null : new PlannedSchedule(s.consultation(), s.textPresentation(),
                s.responseDeadline(), s.publication(), s.readyBy());
        CommandAnswer answer = commands.send(request.with(body), id.value(), new OpenRevisionCommand(id,
                RegionId.of(body.regionId()), body.segmentIds().stream().map(SegmentId::of).toList(),
                body.contractIds().stream().map(ContractId::of).toList(), body.reason(), body.sequence(),
                body.effectiveOn(), schedule, BusinessDay.orToday(body.openedOn())));
        return Answers.created("/api/revisions/" + id.value(), answer);
    }

    @PostMapping("/{revisionId}/consultations")
    ResponseEntity<CommandAnswer> consult(@PathVariable String revisionId,
                                          @Valid @RequestBody RevisionRequests.Consultation body, CommandRequest request) {
        RevisionId id = RevisionId.of(revisionId);
        List<ProviderId> providers = body.providerIds() == null ? List.of()
                : body.providerIds().stream().map(ProviderId::of).toList();
        return ok(request, body, id, new RecordConsultationCommand(id, body.consultedOn(), providers, body.summary()));
    }

    @PostMapping("/{revisionId}/texts")
    ResponseEntity<CommandAnswer> present(@PathVariable String revisionId, @Valid @RequestBody RevisionRequests.Text body,
                                          CommandRequest request) {
        RevisionId id = RevisionId.of(revisionId);
        return ok(request, body, id, new PresentRevisionTextCommand(id, body.version(), document(body.document()),
                body.presentedOn(), body.responseDeadline()));
    }

    /** A response after its deadline is recorded as refused and answered {@code 422 RESPONSE_AFTER_DEADLINE}. */
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CommandAnswer.class)))
    @ApiResponse(responseCode = "422", description = "RESPONSE_AFTER_DEADLINE: received after the deadline, recorded as refused "
            + "(with receivedOn, responseDeadline and the version and position of the refusal); or another rule broken",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ProblemResponses.SCHEMA_REF)))
    @PostMapping("/{revisionId}/responses")
    ResponseEntity<?> respond(@PathVariable String revisionId, @Valid @RequestBody RevisionRequests.Response body,
                              CommandRequest request) {
        RevisionId id = RevisionId.of(revisionId);
        CommandAnswer answer = commands.send(request.with(body), id.value(), new RegisterResponseCommand(id, body.id(),
                ProviderId.of(body.providerId()), body.receivedOn(), body.textVersion(), body.kind(), body.summary(),
                body.document() == null ? null : document(body.document())));
        Object recorded = eventStore.readEvents(id.toString(), answer.version()).next().getPayload();
        if (recorded instanceof ProviderResponseRefusedEvent refused) {
            ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "RESPONSE_AFTER_DEADLINE",
                    "the response was received on " + refused.receivedOn() + ", after the deadline of "
                            + refused.responseDeadline() + "; it is recorded as refused");
            problem.setProperty("receivedOn", refused.receivedOn().toString());
            problem.setProperty("responseDeadline", refused.responseDeadline().toString());
            problem.setProperty("version", answer.version());
            problem.setProperty("position", answer.position());
            return ResponseEntity.unprocessableContent().eTag(Answers.etag(answer.version())).body(problem);
        }
        return Answers.ok(answer);
    }

    @PostMapping("/{revisionId}/response-closure")
    ResponseEntity<CommandAnswer> close(@PathVariable String revisionId, @Valid @RequestBody RevisionRequests.Close body,
                                        CommandRequest request) {
        RevisionId id = RevisionId.of(revisionId);
        return ok(request, body, id, new CloseResponsesCommand(id, body.closedOn()));
    }

    @PostMapping("/{revisionId}/responses/{responseId}/answer")
    ResponseEntity<CommandAnswer> answer(@PathVariable String revisionId, @PathVariable String responseId,
                                         @Valid @RequestBody RevisionRequests.Answer body, CommandRequest request) {
        RevisionId id = RevisionId.of(revisionId);
        return ok(request, body, id, new AnswerResponseCommand(id, responseId, body.decision(), body.motivation(),
                body.answeredOn()));
    }

    @PostMapping("/{revisionId}/publication")
    ResponseEntity<CommandAnswer> publish(@PathVariable String revisionId,
                                          @Valid @RequestBody RevisionRequests.Publish body, CommandRequest request) {
        RevisionId id = RevisionId.of(revisionId);
        RevisedTerms changes = body.changes() == null ? null : new RevisedTerms(
                ContractMapping.products(body.changes().products()), ContractMapping.kpis(body.changes().kpis()),
                ContractMapping.clauses(body.changes().reviewClauses()));
        return ok(request, body, id, new PublishRevisedAgreementCommand(id, body.publishedOn(), document(body.document()),
                body.legalBasis(), changes));
    }

    @PostMapping("/{revisionId}/admission")
    ResponseEntity<CommandAnswer> openAdmission(@PathVariable String revisionId,
                                                @Valid @RequestBody RevisionRequests.Admission body, CommandRequest request) {
        RevisionId id = RevisionId.of(revisionId);
        return ok(request, body, id, new OpenAdmissionCommand(id, body.openedOn(), body.closesOn()));
    }

    @PostMapping("/{revisionId}/admissions")
    ResponseEntity<CommandAnswer> admit(@PathVariable String revisionId, @Valid @RequestBody RevisionRequests.Admit body,
                                        CommandRequest request) {
        RevisionId id = RevisionId.of(revisionId);
        return ok(request, body, id, new AdmitProviderToRevisionCommand(id, ProviderId.of(body.providerId()),
                body.admittedOn(), body.qualityCheckRef()));
    }

    @PostMapping("/{revisionId}/finalisation")
    ResponseEntity<CommandAnswer> finalise(@PathVariable String revisionId,
                                           @Valid @RequestBody RevisionRequests.Finalise body, CommandRequest request) {
        RevisionId id = RevisionId.of(revisionId);
        return ok(request, body, id, new FinaliseRevisionCommand(id, body.finalisedOn(), body.overrideReason()));
    }

    @PostMapping("/{revisionId}/withdrawal")
    ResponseEntity<CommandAnswer> withdraw(@PathVariable String revisionId,
                                           @Valid @RequestBody RevisionRequests.Withdraw body, CommandRequest request) {
        RevisionId id = RevisionId.of(revisionId);
        return ok(request, body, id, new WithdrawRevisionCommand(id, body.withdrawnOn(), body.reason()));
    }

    private ResponseEntity<CommandAnswer> ok(CommandRequest request, Object body, RevisionId id, Object command) {
        return Answers.ok(commands.send(request.with(body), id.value(), command));
    }

    private static DocumentRef document(RevisionRequests.Document document) {
        return new DocumentRef(document.title(), document.sha256());
    }
}
