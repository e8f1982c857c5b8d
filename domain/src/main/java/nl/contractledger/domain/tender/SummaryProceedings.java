package nl.contractledger.domain.tender;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The summary proceedings against a tender's award decisions, and which still block the award. */
final class SummaryProceedings {

    /** Proceedings filed on a day, late (after the standstill, so never blocking) or not, and the day of the ruling. */
    private record Case(LocalDate filedOn, boolean late, LocalDate ruledOn) {

        boolean ruled() {
            return ruledOn != null;
        }
    }

    private final Map<String, Case> byId = new LinkedHashMap<>();

    void requireNew(String proceedingsId) {
        if (byId.containsKey(proceedingsId)) {
            throw new RuleViolation(ErrorCode.ALREADY_EXISTS, "id", "proceedings " + proceedingsId
                    + " are already registered", Map.of("proceedingsId", proceedingsId));
        }
    }

    /** The date the open proceedings were filed; refuses unknown or already ruled proceedings. */
    LocalDate requireAwaitingRuling(String proceedingsId) {
        Case found = byId.get(proceedingsId);
        if (found == null) {
            throw new RuleViolation(ErrorCode.NOT_FOUND, "proceedingsId", "no proceedings " + proceedingsId
                    + " in this tender", Map.of("proceedingsId", proceedingsId));
        }
        if (found.ruled()) {
            throw new RuleViolation(ErrorCode.STATE_CONFLICT, "proceedingsId", "the court already ruled in "
                    + proceedingsId, Map.of("proceedingsId", proceedingsId));
        }
        return found.filedOn();
    }

    boolean isBlocking(String proceedingsId) {
        Case found = byId.get(proceedingsId);
        return found != null && !found.late() && !found.ruled();
    }

    boolean anyBlocking() {
        return byId.values().stream().anyMatch(found -> !found.late() && !found.ruled());
    }

    void filed(SummaryProceedingsRegisteredEvent event) {
        byId.put(event.proceedingsId(), new Case(event.filedOn(), event.late(), null));
    }

    void ruled(String proceedingsId, LocalDate ruledOn) {
        byId.computeIfPresent(proceedingsId, (id, found) -> new Case(found.filedOn(), found.late(), ruledOn));
    }

    /** The day of the latest ruling in proceedings that blocked the award, if the court ruled in any. */
    Optional<LocalDate> latestRulingOn() {
        return latestBlockingRuling().map(ruled -> ruled.getValue().ruledOn());
    }

    /**
     * Refuses an award made final on a day that proceedings filed within the standstill were still pending: the court
     * ruled later (H10: proceedings filed on 27 September 2019, the ruling of 22 October). The award may be made final
     * on the day of the last such ruling, which the refusal names.
     */
    void requireRuledBy(LocalDate awardedOn) {
        latestBlockingRuling().filter(ruled -> awardedOn.isBefore(ruled.getValue().ruledOn())).ifPresent(ruled -> {
            Case found = ruled.getValue();
            throw new RuleViolation(ErrorCode.SUMMARY_PROCEEDINGS_PENDING, "awardedOn", "the summary proceedings "
                    + ruled.getKey() + " filed on " + found.filedOn() + " were pending on " + awardedOn
                    + " until the court ruled on " + found.ruledOn() + "; the award can be made final from that day",
                    Map.of("proceedingsId", ruled.getKey(), "awardedOn", awardedOn.toString(),
                            "ruledOn", found.ruledOn().toString()));
        });
    }

    /** The proceedings filed within the standstill in which the court ruled last. */
    private Optional<Map.Entry<String, Case>> latestBlockingRuling() {
        return byId.entrySet().stream().filter(entry -> !entry.getValue().late() && entry.getValue().ruled())
                .max(Comparator.comparing(entry -> entry.getValue().ruledOn()));
    }
}
