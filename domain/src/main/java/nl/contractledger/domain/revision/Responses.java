package nl.contractledger.domain.revision;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The text versions of a revision and the providers' responses to them, with their answers. */
final class Responses {

    private record Text(LocalDate presentedOn, LocalDate deadline) {
    }

    private record Response(ProviderId providerId, LocalDate receivedOn, ResponseKind kind, boolean answered) {
    }

    private final Map<Integer, Text> texts = new LinkedHashMap<>();
    private final Map<String, Response> byId = new LinkedHashMap<>();
    private final List<String> refused = new ArrayList<>();

    int latestVersion() {
        return texts.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    LocalDate deadlineOf(int version) {
        return text(version).deadline();
    }

    LocalDate presentedOn(int version) {
        return text(version).presentedOn();
    }

    boolean isLate(int version, LocalDate receivedOn) {
        return receivedOn.isAfter(text(version).deadline());
    }

    void requireNew(String responseId) {
        if (byId.containsKey(responseId) || refused.contains(responseId)) {
            throw new RuleViolation(ErrorCode.ALREADY_EXISTS, "id", "response " + responseId + " is already registered",
                    Map.of("responseId", responseId));
        }
    }

    LocalDate requireAnswerable(String responseId) {
        Response response = byId.get(responseId);
        if (response == null) {
            throw new RuleViolation(ErrorCode.NOT_FOUND, "responseId", "no accepted response " + responseId
                    + " in this revision", Map.of("responseId", responseId));
        }
        return response.receivedOn();
    }

    List<String> unanswered() {
        return byId.entrySet().stream().filter(entry -> !entry.getValue().answered()).map(Map.Entry::getKey).toList();
    }

    List<ProviderId> givingNotice() {
        return byId.values().stream().filter(response -> response.kind() == ResponseKind.NOTICE)
                .map(Response::providerId).distinct().toList();
    }

    void presented(RevisionTextPresentedEvent event) {
        texts.put(event.version(), new Text(event.presentedOn(), event.responseDeadline()));
    }

    void received(ProviderResponseReceivedEvent event) {
        byId.put(event.responseId(), new Response(event.providerId(), event.receivedOn(), event.kind(), false));
    }

    void refused(ProviderResponseRefusedEvent event) {
        refused.add(event.responseId());
    }

    void answered(String responseId) {
        byId.computeIfPresent(responseId, (id, response) ->
                new Response(response.providerId(), response.receivedOn(), response.kind(), true));
    }

    private Text text(int version) {
        Text text = texts.get(version);
        if (text == null) {
            throw new RuleViolation(ErrorCode.NOT_FOUND, "textVersion", "no text version " + version + " was presented",
                    Map.of("textVersion", version));
        }
        return text;
    }
}
