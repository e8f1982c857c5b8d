package nl.contractledger.domain.tender;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.provider.ProviderLookup;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.Require;
import nl.contractledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bids of a tender, by bid id: who bid for which lots. */
final class Bids {

    private final Map<String, BidRegisteredEvent> byId = new LinkedHashMap<>();

    void requireNew(String bidId) {
        if (byId.containsKey(bidId)) {
            throw new RuleViolation(ErrorCode.ALREADY_EXISTS, "id", "bid " + bidId + " is already registered",
                    Map.of("bidId", bidId));
        }
    }

    boolean hasBid(ProviderId providerId, SegmentId segmentId) {
        return byId.values().stream()
                .anyMatch(bid -> bid.providerId().equals(providerId) && bid.segmentIds().contains(segmentId));
    }

    void requireBidsFor(List<Winner> winners) {
        for (Winner winner : winners) {
            if (!hasBid(winner.providerId(), winner.segmentId())) {
                throw new RuleViolation(ErrorCode.WINNER_WITHOUT_BID, "winners", "provider "
                        + winner.providerId().value() + " did not bid for segment " + winner.segmentId(),
                        Map.of("providerId", winner.providerId().value(), "segmentId", winner.segmentId().value()));
            }
        }
    }

    static void requireInTime(LocalDate submittedOn, LocalDate publishedOn, LocalDate deadline) {
        if (submittedOn.isAfter(deadline)) {
            throw new RuleViolation(ErrorCode.BID_AFTER_DEADLINE, "submittedOn", "the bid was submitted on "
                    + submittedOn + ", after the deadline of " + deadline,
                    Map.of("submittedOn", submittedOn.toString(), "submissionDeadline", deadline.toString()));
        }
        Require.notBefore(submittedOn, publishedOn, "submittedOn", "publication");
    }

    static void requireRegistered(ProviderId providerId, ProviderLookup providers) {
        if (!providers.isRegistered(Require.present(providerId, "providerId"))) {
            throw new RuleViolation(ErrorCode.PROVIDER_NOT_REGISTERED, "providerId", "provider " + providerId.value()
                    + " is not registered", Map.of("providerId", providerId.value()));
        }
    }

    void add(BidRegisteredEvent bid) {
        byId.put(bid.bidId(), bid);
    }
}
