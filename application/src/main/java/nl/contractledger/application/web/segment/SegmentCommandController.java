package nl.contractledger.application.web.segment;

import jakarta.validation.Valid;
import nl.contractledger.application.command.CommandAnswer;
import nl.contractledger.application.command.CommandContext;
import nl.contractledger.application.command.LedgerCommands;
import nl.contractledger.application.web.command.Answers;
import nl.contractledger.application.web.command.CommandRequest;
import nl.contractledger.application.web.command.Creates;
import nl.contractledger.domain.region.ChooseFundingFormCommand;
import nl.contractledger.domain.region.ChooseProcurementFormCommand;
import nl.contractledger.domain.region.CloseSegmentCommand;
import nl.contractledger.domain.region.DefineSegmentCommand;
import nl.contractledger.domain.region.MoveProductsCommand;
import nl.contractledger.domain.region.Product;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.ReviseSegmentObjectivesCommand;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.region.SetSavingsTargetCommand;
import nl.contractledger.domain.region.SetSegmentBudgetCommand;
import nl.contractledger.domain.shared.Amount;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The segment catalogue of a region: define, decide on, move products between, close, budget. */
@RestController
@RequestMapping("/api/regions/{regionId}")
class SegmentCommandController {

    private final LedgerCommands commands;

    SegmentCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    @Creates
    @PostMapping("/segments")
    ResponseEntity<CommandAnswer> define(@PathVariable String regionId,
                                         @Valid @RequestBody SegmentRequests.DefineSegment body, CommandRequest request) {
        RegionId region = RegionId.of(regionId);
        SegmentId segment = SegmentId.of(body.id());
        List<Product> products = body.products() == null ? List.of() : body.products().stream()
                .map(line -> new Product(line.code(), line.name(), line.category())).toList();
        CommandAnswer answer = commands.send(request.with(body), segment.value(), new DefineSegmentCommand(region,
                segment, body.number(), body.name(), body.description(), body.objectives(),
                body.procurementForm(), body.fundingForm(), products, body.effectiveOn()));
        return Answers.created("/api/segments/" + segment.value(), answer);
    }

    @PostMapping("/segments/{segmentId}/objectives")
    ResponseEntity<CommandAnswer> reviseObjectives(@PathVariable String regionId, @PathVariable String segmentId,
                                                   @Valid @RequestBody SegmentRequests.ReviseObjectives body,
                                                   CommandRequest request) {
        return send(request.with(body), segmentId, new ReviseSegmentObjectivesCommand(RegionId.of(regionId),
                SegmentId.of(segmentId), body.objectives(), body.decidedOn(), body.decisionRef()));
    }

    @PostMapping("/segments/{segmentId}/procurement-form")
    ResponseEntity<CommandAnswer> chooseProcurementForm(@PathVariable String regionId, @PathVariable String segmentId,
                                                        @Valid @RequestBody SegmentRequests.ChooseProcurementForm body,
                                                        CommandRequest request) {
        return send(request.with(body), segmentId, new ChooseProcurementFormCommand(RegionId.of(regionId),
                SegmentId.of(segmentId), body.procurementForm(), body.decidedOn(), body.decisionRef()));
    }

    @PostMapping("/segments/{segmentId}/funding-form")
    ResponseEntity<CommandAnswer> chooseFundingForm(@PathVariable String regionId, @PathVariable String segmentId,
                                                    @Valid @RequestBody SegmentRequests.ChooseFundingForm body,
                                                    CommandRequest request) {
        return send(request.with(body), segmentId, new ChooseFundingFormCommand(RegionId.of(regionId),
                SegmentId.of(segmentId), body.fundingForm(), body.decidedOn(), body.decisionRef()));
    }

    @PostMapping("/product-moves")
    ResponseEntity<CommandAnswer> moveProducts(@PathVariable String regionId,
                                               @Valid @RequestBody SegmentRequests.MoveProducts body,
                                               CommandRequest request) {
        return send(request.with(body), regionId, new MoveProductsCommand(RegionId.of(regionId), body.productCodes(),
                SegmentId.of(body.fromSegmentId()), SegmentId.of(body.toSegmentId()), body.effectiveOn(),
                body.reason()));
    }

    @PostMapping("/segments/{segmentId}/closure")
    ResponseEntity<CommandAnswer> close(@PathVariable String regionId, @PathVariable String segmentId,
                                        @Valid @RequestBody SegmentRequests.CloseSegment body, CommandRequest request) {
        SegmentId mergeInto = body.mergeIntoSegmentId() == null ? null : SegmentId.of(body.mergeIntoSegmentId());
        return send(request.with(body), segmentId, new CloseSegmentCommand(RegionId.of(regionId),
                SegmentId.of(segmentId), mergeInto, body.effectiveOn(), body.decisionRef()));
    }

    @PutMapping("/segments/{segmentId}/budgets/{year}")
    ResponseEntity<CommandAnswer> setBudget(@PathVariable String regionId, @PathVariable String segmentId,
                                            @PathVariable int year, @Valid @RequestBody SegmentRequests.SetBudget body,
                                            CommandRequest request) {
        return send(request.with(body), segmentId, new SetSegmentBudgetCommand(RegionId.of(regionId),
                SegmentId.of(segmentId), year, Amount.parse(body.amount(), "amount"), body.youthCount()));
    }

    @PutMapping("/savings-targets/{year}")
    ResponseEntity<CommandAnswer> setSavingsTarget(@PathVariable String regionId, @PathVariable int year,
                                                   @Valid @RequestBody SegmentRequests.SetSavingsTarget body,
                                                   CommandRequest request) {
        return send(request.with(body), regionId, new SetSavingsTargetCommand(RegionId.of(regionId), year,
                Amount.parse(body.minAmount(), "minAmount"), Amount.parse(body.maxAmount(), "maxAmount")));
    }

    private ResponseEntity<CommandAnswer> send(CommandContext context,
                                               String answerId, Object command) {
        return Answers.ok(commands.send(context, answerId, command));
    }
}
