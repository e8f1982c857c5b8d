package nl.contractledger.application.web.tender;

import jakarta.validation.Valid;
import nl.contractledger.application.command.CommandAnswer;
import nl.contractledger.application.command.LedgerCommands;
import nl.contractledger.application.web.command.Answers;
import nl.contractledger.application.web.command.BusinessDay;
import nl.contractledger.application.web.command.CommandRequest;
import nl.contractledger.application.web.command.Creates;
import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.Amount;
import nl.contractledger.domain.tender.*;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The tender commands, from PlanTender to AwardTender. */
@RestController
@RequestMapping("/api/tenders")
class TenderCommandController {

    private final LedgerCommands commands;
    private final EventStore eventStore;

    TenderCommandController(LedgerCommands commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @Creates
    @PostMapping
    ResponseEntity<CommandAnswer> plan(@Valid @RequestBody TenderRequests.PlanTender body, CommandRequest request) {
        TenderId id = TenderId.of(body.id());
        Amount value = body.estimatedValue() == null ? null : Amount.parse(body.estimatedValue(), "estimatedValue");
        PlannedMilestones plan = body.plannedMilestones() == null ? null : body.plannedMilestones().toPlan();
        CommandAnswer answer = commands.send(request.with(body), id.value(), new PlanTenderCommand(id,
                RegionId.of(body.regionId()), segments(body.segmentIds()), body.title(), value, plan,
                BusinessDay.orToday(body.plannedOn())));
        return Answers.created("/api/tenders/" + id.value(), answer);
    }

    @PostMapping("/{tenderId}/market-consultation")
    ResponseEntity<CommandAnswer> consult(@PathVariable String tenderId,
                                          @Valid @RequestBody TenderRequests.StartConsultation body, CommandRequest request) {
        TenderId id = TenderId.of(tenderId);
        return ok(request, body, id, new StartMarketConsultationCommand(id, body.startedOn()));
    }

    @PostMapping("/{tenderId}/document-approval")
    ResponseEntity<CommandAnswer> approve(@PathVariable String tenderId,
                                          @Valid @RequestBody TenderRequests.ApproveDocuments body, CommandRequest request) {
        TenderId id = TenderId.of(tenderId);
        return ok(request, body, id, new ApproveTenderDocumentsCommand(id, body.approvedOn(), body.decisionRef(),
                body.document().toRef()));
    }

    @PostMapping("/{tenderId}/publication")
    ResponseEntity<CommandAnswer> publish(@PathVariable String tenderId,
                                          @Valid @RequestBody TenderRequests.Publish body, CommandRequest request) {
        TenderId id = TenderId.of(tenderId);
        return ok(request, body, id, new PublishTenderCommand(id, body.publishedOn(), body.submissionDeadline(),
                body.document().toRef()));
    }

    @PostMapping("/{tenderId}/clarifications")
    ResponseEntity<CommandAnswer> clarify(@PathVariable String tenderId,
                                          @Valid @RequestBody TenderRequests.Clarify body, CommandRequest request) {
        TenderId id = TenderId.of(tenderId);
        return ok(request, body, id, new IssueClarificationCommand(id, body.issuedOn(), body.document().toRef()));
    }

    @PostMapping("/{tenderId}/bids")
    ResponseEntity<CommandAnswer> bid(@PathVariable String tenderId, @Valid @RequestBody TenderRequests.Bid body,
                                      CommandRequest request) {
        TenderId id = TenderId.of(tenderId);
        return ok(request, body, id, new RegisterBidCommand(id, body.id(), ProviderId.of(body.providerId()),
                segments(body.segmentIds()), body.submittedOn()));
    }

    @PostMapping("/{tenderId}/submission-closure")
    ResponseEntity<CommandAnswer> close(@PathVariable String tenderId,
                                        @Valid @RequestBody TenderRequests.CloseSubmissions body, CommandRequest request) {
        TenderId id = TenderId.of(tenderId);
        return ok(request, body, id, new CloseSubmissionsCommand(id, body.closedOn()));
    }

    @PostMapping("/{tenderId}/award-decision")
    ResponseEntity<AwardDecisionAnswer> decide(@PathVariable String tenderId,
                                               @Valid @RequestBody TenderRequests.DecideAward body,
                                               CommandRequest request) {
        TenderId id = TenderId.of(tenderId);
        return decision(commands.send(request.with(body), id.value(),
                new DecideAwardCommand(id, body.decidedOn(), winners(body.winners()), body.motivation())), id);
    }

    @PostMapping("/{tenderId}/award-decision/correction")
    ResponseEntity<AwardDecisionAnswer> correct(@PathVariable String tenderId,
                                                @Valid @RequestBody TenderRequests.DecideAward body,
                                                CommandRequest request) {
        TenderId id = TenderId.of(tenderId);
        return decision(commands.send(request.with(body), id.value(),
                new CorrectAwardDecisionCommand(id, body.decidedOn(), winners(body.winners()), body.motivation())), id);
    }

    @PostMapping("/{tenderId}/proceedings")
    ResponseEntity<CommandAnswer> proceedings(@PathVariable String tenderId,
                                              @Valid @RequestBody TenderRequests.Proceedings body, CommandRequest request) {
        TenderId id = TenderId.of(tenderId);
        return ok(request, body, id, new RegisterSummaryProceedingsCommand(id, body.id(),
                ProviderId.of(body.providerId()), body.filedOn(), body.court()));
    }

    @PostMapping("/{tenderId}/proceedings/{proceedingsId}/ruling")
    ResponseEntity<CommandAnswer> ruling(@PathVariable String tenderId, @PathVariable String proceedingsId,
                                         @Valid @RequestBody TenderRequests.Ruling body, CommandRequest request) {
        TenderId id = TenderId.of(tenderId);
        return ok(request, body, id, new RecordCourtRulingCommand(id, proceedingsId, body.ruledOn(), body.outcome()));
    }

    @PostMapping("/{tenderId}/award")
    ResponseEntity<CommandAnswer> award(@PathVariable String tenderId, @Valid @RequestBody TenderRequests.Award body,
                                        CommandRequest request) {
        TenderId id = TenderId.of(tenderId);
        return ok(request, body, id, new AwardTenderCommand(id, body.awardedOn()));
    }

    @PostMapping("/{tenderId}/cancellation")
    ResponseEntity<CommandAnswer> cancel(@PathVariable String tenderId, @Valid @RequestBody TenderRequests.Cancel body,
                                         CommandRequest request) {
        TenderId id = TenderId.of(tenderId);
        return ok(request, body, id, new CancelTenderCommand(id, body.cancelledOn(), body.reason(), body.decisionRef()));
    }

    private ResponseEntity<CommandAnswer> ok(CommandRequest request, Object body, TenderId id, Object command) {
        return Answers.ok(commands.send(request.with(body), id.value(), command));
    }

    /** The answer with the standstill end, read from the decision event the command recorded. */
    private ResponseEntity<AwardDecisionAnswer> decision(CommandAnswer answer, TenderId id) {
        Object payload = eventStore.readEvents(id.toString(), answer.version()).next().getPayload();
        LocalDate endsOn = payload instanceof AwardDecidedEvent decided ? decided.standstillEndsOn()
                : ((AwardDecisionCorrectedEvent) payload).standstillEndsOn();
        return ResponseEntity.ok().eTag(Answers.etag(answer.version()))
                .body(new AwardDecisionAnswer(answer.id(), answer.version(), answer.position(), endsOn));
    }

    private static List<SegmentId> segments(List<String> ids) {
        return ids.stream().map(SegmentId::of).toList();
    }

    private static List<Winner> winners(List<TenderRequests.WinnerLine> lines) {
        return lines.stream().map(line -> new Winner(SegmentId.of(line.segmentId()), ProviderId.of(line.providerId())))
                .toList();
    }
}
