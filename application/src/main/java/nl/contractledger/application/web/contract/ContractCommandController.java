package nl.contractledger.application.web.contract;

import jakarta.validation.Valid;
import nl.contractledger.application.command.CommandAnswer;
import nl.contractledger.application.command.LedgerCommands;
import nl.contractledger.application.web.command.Answers;
import nl.contractledger.application.web.command.BusinessDay;
import nl.contractledger.application.web.command.CommandRequest;
import nl.contractledger.application.web.command.Creates;
import nl.contractledger.domain.contract.*;
import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.Amount;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

import static nl.contractledger.application.web.contract.ContractMapping.*;

/** PublishContract and every command of a contract's life. */
@RestController
@RequestMapping("/api/contracts")
class ContractCommandController {

    private final LedgerCommands commands;

    ContractCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    @Creates
    @PostMapping
    ResponseEntity<CommandAnswer> publish(@Valid @RequestBody ContractRequests.Publish body, CommandRequest request) {
        ContractId id = ContractId.of(body.id());
        List<ExtensionOption> options = body.extensionOptions() == null ? List.of()
                : body.extensionOptions().stream().map(option -> new ExtensionOption(option.months())).toList();
        CommandAnswer answer = commands.send(request.with(body), id.value(), new PublishContractCommand(id,
                RegionId.of(body.regionId()), body.segmentIds().stream().map(SegmentId::of).toList(), body.kind(),
                body.title(), route(body.route()), body.startsOn(), body.endsOn(), body.maxEndOn(), options,
                body.fundingForm(), products(body.products()), clauses(body.reviewClauses()), document(body.document()),
                body.parentContractId() == null ? null : ContractId.of(body.parentContractId()), body.municipality(),
                BusinessDay.orToday(body.publishedOn())));
        return Answers.created("/api/contracts/" + id.value(), answer);
    }

    @PostMapping("/{contractId}/admissions")
    ResponseEntity<CommandAnswer> admit(@PathVariable String contractId, @Valid @RequestBody ContractRequests.Admit body,
                                        CommandRequest request) {
        ContractId id = ContractId.of(contractId);
        return ok(request, body, id, new AdmitProviderCommand(id, ProviderId.of(body.providerId()), body.admittedOn(),
                body.qualityCheckRef(), null));
    }

    @PostMapping("/{contractId}/signatures")
    ResponseEntity<CommandAnswer> sign(@PathVariable String contractId, @Valid @RequestBody ContractRequests.Sign body,
                                       CommandRequest request) {
        ContractId id = ContractId.of(contractId);
        return ok(request, body, id, new SignContractCommand(id, ProviderId.of(body.providerId()), body.signedOn()));
    }

    @PostMapping("/{contractId}/revisions")
    ResponseEntity<CommandAnswer> revise(@PathVariable String contractId, @Valid @RequestBody ContractRequests.Revise body,
                                         CommandRequest request) {
        ContractId id = ContractId.of(contractId);
        ContractRequests.Changes changes = body.changes() == null ? new ContractRequests.Changes(null, null, null)
                : body.changes();
        return ok(request, body, id, new ReviseContractCommand(id, body.revisionId(), body.effectiveOn(),
                body.legalBasis(), products(changes.products()), kpis(changes.kpis()), clauses(changes.reviewClauses()),
                document(body.document())));
    }

    @PostMapping("/{contractId}/extensions")
    ResponseEntity<CommandAnswer> extend(@PathVariable String contractId, @Valid @RequestBody ContractRequests.Extend body,
                                         CommandRequest request) {
        ContractId id = ContractId.of(contractId);
        return ok(request, body, id, new ExtendContractCommand(id, body.newEndsOn(), basis(body.basis()),
                body.costPriceStudyRef(), body.decidedOn()));
    }

    @PutMapping("/{contractId}/tariffs/{year}")
    ResponseEntity<CommandAnswer> tariffs(@PathVariable String contractId, @PathVariable int year,
                                          @Valid @RequestBody ContractRequests.Tariffs body, CommandRequest request) {
        ContractId id = ContractId.of(contractId);
        List<TariffLine> tariffs = body.tariffs().stream().map(line -> new TariffLine(line.productCode(),
                Amount.parse(line.amount(), "tariffs[].amount"))).toList();
        return ok(request, body, id, new SetTariffsCommand(id, year, tariffs));
    }

    @PutMapping("/{contractId}/spending-caps/{providerId}/{year}")
    ResponseEntity<CommandAnswer> cap(@PathVariable String contractId, @PathVariable String providerId,
                                      @PathVariable int year, @Valid @RequestBody ContractRequests.Cap body,
                                      CommandRequest request) {
        ContractId id = ContractId.of(contractId);
        return ok(request, body, id, new SetSpendingCapCommand(id, ProviderId.of(providerId), year,
                Amount.parse(body.amount(), "amount")));
    }

    @PostMapping("/{contractId}/kpis")
    ResponseEntity<CommandAnswer> agreeKpi(@PathVariable String contractId, @Valid @RequestBody ContractRequests.KpiLine body,
                                           CommandRequest request) {
        ContractId id = ContractId.of(contractId);
        return ok(request, body, id, new AgreeKpiCommand(id, kpi(body), body.agreedOn()));
    }

    @PostMapping("/{contractId}/kpis/{kpiId}/results")
    ResponseEntity<CommandAnswer> kpiResult(@PathVariable String contractId, @PathVariable String kpiId,
                                            @Valid @RequestBody ContractRequests.KpiResult body, CommandRequest request) {
        ContractId id = ContractId.of(contractId);
        return ok(request, body, id, new RecordKpiResultCommand(id, kpiId, body.period(), new BigDecimal(body.value())));
    }

    @PostMapping("/{contractId}/segment-part-endings")
    ResponseEntity<CommandAnswer> endPart(@PathVariable String contractId, @Valid @RequestBody ContractRequests.EndPart body,
                                          CommandRequest request) {
        ContractId id = ContractId.of(contractId);
        return ok(request, body, id, new EndSegmentPartCommand(id, SegmentId.of(body.segmentId()), body.effectiveOn(),
                body.reason()));
    }

    @PostMapping("/{contractId}/provider-withdrawals")
    ResponseEntity<CommandAnswer> withdraw(@PathVariable String contractId,
                                           @Valid @RequestBody ContractRequests.Withdraw body, CommandRequest request) {
        ContractId id = ContractId.of(contractId);
        return ok(request, body, id, new WithdrawProviderCommand(id, ProviderId.of(body.providerId()),
                body.effectiveOn(), body.reason(), null));
    }

    @PostMapping("/{contractId}/termination")
    ResponseEntity<CommandAnswer> terminate(@PathVariable String contractId,
                                            @Valid @RequestBody ContractRequests.Terminate body, CommandRequest request) {
        ContractId id = ContractId.of(contractId);
        return ok(request, body, id, new TerminateContractCommand(id, body.effectiveOn(), body.reason()));
    }

    private ResponseEntity<CommandAnswer> ok(CommandRequest request, Object body, ContractId id, Object command) {
        return Answers.ok(commands.send(request.with(body), id.value(), command));
    }
}
