package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.Require;

/** The calendar years a budget or target may be recorded for. */
final class Years {

    static final int FIRST = 1990;
    static final int LAST = 2100;

    private Years() {
    }

    static int require(int year, String field) {
        if (year < FIRST || year > LAST) {
            throw Require.invalid(field, field + " must lie between " + FIRST + " and " + LAST);
        }
        return year;
    }
}
