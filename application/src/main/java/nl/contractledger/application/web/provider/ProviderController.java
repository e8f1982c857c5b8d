package nl.contractledger.application.web.provider;

import jakarta.validation.Valid;
import nl.contractledger.application.command.CommandAnswer;
import nl.contractledger.application.command.LedgerCommands;
import nl.contractledger.application.web.HistoryCsv;
import nl.contractledger.application.web.HistoryResponse;
import nl.contractledger.application.web.command.Answers;
import nl.contractledger.application.web.command.CommandRequest;
import nl.contractledger.application.web.command.Creates;
import nl.contractledger.application.web.query.AsOf;
import nl.contractledger.application.web.query.CompleteAnswers;
import nl.contractledger.application.web.query.Reads;
import nl.contractledger.domain.provider.KvkNumber;
import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.provider.RegisterProviderCommand;
import nl.contractledger.projections.provider.ProviderProjection;
import nl.contractledger.projections.provider.ProviderQueries;
import nl.contractledger.projections.provider.ProviderView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** RegisterProvider, and the providers as recorded. A KvK number belongs to one provider only. */
@RestController
@RequestMapping("/api/providers")
class ProviderController {

    private final LedgerCommands commands;
    private final ProviderQueries providers;
    private final CompleteAnswers complete;
    private final Reads reads;

    ProviderController(LedgerCommands commands, ProviderQueries providers, Reads reads,
                       CompleteAnswers complete) {
        this.commands = commands;
        this.providers = providers;
        this.complete = complete;
        this.reads = reads;
    }

    @Creates
    @PostMapping
    ResponseEntity<CommandAnswer> register(@Valid @RequestBody RegisterProviderRequest body, CommandRequest request) {
        ProviderId id = ProviderId.of(body.id());
        KvkNumber kvk = KvkNumber.of(body.kvkNumber());
        CommandAnswer answer = commands.send(request.with(body), id.value(),
                new RegisterProviderCommand(id, body.name(), kvk, body.sizeClass()));
        return Answers.created("/api/providers/" + id.value(), answer);
    }

    @GetMapping
    List<ProviderView> providers(@RequestParam(required = false) Long minPosition,
                                 @RequestParam(required = false) String asOf) {
        Instant instant = AsOf.parse(asOf);
        complete.awaitFor(List.of(ProviderProjection.PROCESSING_GROUP), minPosition, instant);
        return providers.all(instant);
    }

    @GetMapping("/{providerId}")
    ResponseEntity<ProviderView> provider(@PathVariable String providerId, @RequestParam(required = false) String asOf,
                                          @RequestParam(required = false) Long minPosition) {
        ProviderId id = ProviderId.of(providerId);
        return reads.view(ProviderProjection.PROCESSING_GROUP, "provider", id.value(), id.toString(), asOf,
                minPosition, providers::provider, view -> view.version);
    }

    @GetMapping(value = "/{providerId}/history", produces = {MediaType.APPLICATION_JSON_VALUE, HistoryCsv.MEDIA_TYPE})
    HistoryResponse history(@PathVariable String providerId) {
        ProviderId id = ProviderId.of(providerId);
        return reads.history("provider", id.value(), id.toString());
    }
}
