package nl.contractledger.domain.contract;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;
import nl.contractledger.domain.tender.TenderId;
import nl.contractledger.domain.tender.TenderLookup;
import nl.contractledger.domain.tender.Winner;

import java.util.List;
import java.util.Map;

/**
 * Who may join a contract a tender awarded: a provider to whom the tender's award gave one of the contract's segments
 * (DOMAIN.md §2: providers join an open house, or are its award winners). A bidder that lost, or won another lot only,
 * is no party to it by signing or by admission; a revision procedure of the contract may admit others to its revised
 * agreement ([000]), with the providers' legal protection that procedure gives.
 */
final class AwardedParties {

    private AwardedParties() {
    }

    static void requireWinner(Route route, List<SegmentId> segments, ProviderId provider, TenderLookup tenders) {
        if (route.type() != RouteType.TENDER) {
            return;
        }
        TenderId tenderId = TenderId.of(route.tenderId());
        List<Winner> winners = tenders.awardedWinners(tenderId).orElse(List.of());
        if (winners.stream().noneMatch(winner -> winner.providerId().equals(provider) && segments.contains(winner.segmentId()))) {
            throw new RuleViolation(ErrorCode.PROVIDER_NOT_AWARDED, "providerId", "tender " + tenderId.value()
                    + " awarded provider " + provider.value() + " none of the contract's segments " + segments
                    + "; a contract a tender awarded is joined by its winners", Map.of("providerId", provider.value(),
                    "tenderId", tenderId.value()));
        }
    }
}
