package nl.contractledger.application.web.region;

import jakarta.validation.Valid;
import nl.contractledger.application.command.CommandAnswer;
import nl.contractledger.application.command.LedgerCommands;
import nl.contractledger.application.web.command.Answers;
import nl.contractledger.application.web.command.CommandRequest;
import nl.contractledger.application.web.command.Creates;
import nl.contractledger.domain.region.AdmitMunicipalityCommand;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.RegionPolicy;
import nl.contractledger.domain.region.RegisterRegionCommand;
import nl.contractledger.domain.region.WithdrawMunicipalityCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** RegisterRegion, AdmitMunicipality and WithdrawMunicipality. */
@RestController
@RequestMapping("/api/regions")
class RegionCommandController {

    private final LedgerCommands commands;

    RegionCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    @Creates
    @PostMapping
    ResponseEntity<CommandAnswer> register(@Valid @RequestBody RegisterRegionRequest body, CommandRequest request) {
        RegionId regionId = RegionId.of(body.id());
        RegisterRegionRequest.PolicyRequest policy = body.policy();
        RegionPolicy regionPolicy = policy == null ? RegionPolicy.defaults() : RegionPolicy.withDefaults(
                policy.minimumContractYears(), policy.revisionLeadTimeMonths(), policy.standstillDays());
        CommandAnswer answer = commands.send(request.with(body), regionId.value(), new RegisterRegionCommand(
                regionId, body.name(), body.municipalities(), body.establishedOn(), regionPolicy));
        return Answers.created("/api/regions/" + regionId.value(), answer);
    }

    @PostMapping("/{regionId}/municipalities")
    ResponseEntity<CommandAnswer> admit(@PathVariable String regionId,
                                        @Valid @RequestBody AdmitMunicipalityRequest body, CommandRequest request) {
        RegionId id = RegionId.of(regionId);
        return Answers.ok(commands.send(request.with(body), id.value(),
                new AdmitMunicipalityCommand(id, body.name(), body.effectiveOn())));
    }

    @PostMapping("/{regionId}/municipalities/{name}/withdrawal")
    ResponseEntity<CommandAnswer> withdraw(@PathVariable String regionId, @PathVariable String name,
                                           @Valid @RequestBody WithdrawMunicipalityRequest body,
                                           CommandRequest request) {
        RegionId id = RegionId.of(regionId);
        return Answers.ok(commands.send(request.with(body), id.value(),
                new WithdrawMunicipalityCommand(id, name, body.effectiveOn(), body.reason())));
    }
}
