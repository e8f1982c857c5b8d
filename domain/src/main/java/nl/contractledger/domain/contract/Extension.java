package nl.contractledger.domain.contract;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.Require;
import nl.contractledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The rules of ExtendContract: an option must be the next one left and extend by exactly its
 * length, never past the maximum end; a review clause must be in the current terms; another legal
 * basis needs an article and a justification; and an extension that is not an option continues the
 * tariffs, which needs a cost-price study [004].
 */
final class Extension {

    private Extension() {
    }

    static ContractExtendedEvent check(ExtendContractCommand command, ContractId contractId, LocalDate endsOn,
                                       LocalDate maxEndOn, List<ExtensionOption> options, int optionsUsed,
                                       ContractTerms terms) {
        LocalDate newEndsOn = Require.present(command.newEndsOn(), "newEndsOn");
        Require.notBefore(newEndsOn, endsOn.plusDays(1), "newEndsOn", "the day after the current end");
        ExtensionBasis basis = Require.present(command.basis(), "basis");
        switch (Require.present(basis.type(), "basis.type")) {
            case OPTION -> checkOption(basis, newEndsOn, endsOn, maxEndOn, options, optionsUsed);
            case REVIEW_CLAUSE -> {
                String clauseId = Require.text(basis.clauseId(), "basis.clauseId", 100);
                terms.clause(clauseId).orElseThrow(() -> new RuleViolation(ErrorCode.REVIEW_CLAUSE_NOT_FOUND,
                        "basis.clauseId", "the current terms (version " + terms.version() + ") have no clause "
                        + clauseId, Map.of("clauseId", clauseId, "termsVersion", terms.version())));
                requireCostPriceStudy(command);
            }
            case OTHER -> {
                Require.text(basis.article(), "basis.article", 200);
                Require.text(basis.justification(), "basis.justification", 10_000);
                requireCostPriceStudy(command);
            }
        }
        return new ContractExtendedEvent(contractId, endsOn, newEndsOn, basis, command.costPriceStudyRef(),
                command.decidedOn());
    }

    private static void checkOption(ExtensionBasis basis, LocalDate newEndsOn, LocalDate endsOn, LocalDate maxEndOn,
                                    List<ExtensionOption> options, int optionsUsed) {
        if (optionsUsed >= options.size()) {
            throw new RuleViolation(ErrorCode.NO_EXTENSION_OPTIONS_LEFT, "basis.optionNumber", "all "
                    + options.size() + " extension options have been used", Map.of("optionsUsed", optionsUsed));
        }
        int next = optionsUsed + 1;
        if (basis.optionNumber() != null && basis.optionNumber() != next) {
            throw Require.invalid("basis.optionNumber", "the next option left is number " + next);
        }
        LocalDate expected = endAfter(endsOn, options.get(optionsUsed).months());
        if (!newEndsOn.equals(expected)) {
            throw new RuleViolation(ErrorCode.EXTENSION_LENGTH_MISMATCH, "newEndsOn", "option " + next + " extends by "
                    + options.get(optionsUsed).months() + " months, to " + expected + ", not to " + newEndsOn,
                    Map.of("newEndsOn", newEndsOn.toString(), "expectedEndsOn", expected.toString()));
        }
        if (newEndsOn.isAfter(maxEndOn)) {
            throw new RuleViolation(ErrorCode.EXTENSION_BEYOND_MAX_END, "newEndsOn", "the contract may run until "
                    + maxEndOn + " at most", Map.of("newEndsOn", newEndsOn.toString(), "maxEndOn", maxEndOn.toString()));
        }
    }

    /**
     * The last day of a term that ran to {@code endsOn}, its last day, extended by {@code months}: the same day of the
     * month that many months later (the month's last day when it has no such day), and a term that ended on the last
     * day of a month ends on the last day of the later month: 30 June and six months is 31 December, not 30 December.
     */
    static LocalDate endAfter(LocalDate endsOn, int months) {
        LocalDate later = endsOn.plusMonths(months);
        return endsOn.getDayOfMonth() == endsOn.lengthOfMonth() ? later.withDayOfMonth(later.lengthOfMonth()) : later;
    }

    private static void requireCostPriceStudy(ExtendContractCommand command) {
        if (command.costPriceStudyRef() == null || command.costPriceStudyRef().isBlank()) {
            throw new RuleViolation(ErrorCode.COST_PRICE_STUDY_MISSING, "costPriceStudyRef", "an extension that "
                    + "continues the tariffs outside an option needs a cost-price study", Map.of());
        }
    }
}
