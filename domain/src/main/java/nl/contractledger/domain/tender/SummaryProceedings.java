package nl.contractledger.domain.tender;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The summary proceedings against a tender's award decisions, and which still block the award. */
final class SummaryProceedings {

    private record Case(LocalDate filedOn, boolean late, boolean ruled) {
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
        byId.put(event.proceedingsId(), new Case(event.filedOn(), event.late(), false));
    }

    void ruled(String proceedingsId) {
        byId.computeIfPresent(proceedingsId, (id, found) -> new Case(found.filedOn(), found.late(), true));
    }
}
