package nl.contractledger.application.web.query;

import nl.contractledger.application.web.problem.BadRequest;
import nl.contractledger.domain.shared.BusinessDates;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The {@code asOf} parameter of reads: an ISO-8601 instant, in UTC ({@code ...Z}) or with an offset, from 1900 up to
 * 2200, the days the ledger records ({@link BusinessDates}; it compares instants in nanoseconds, which reach from 1677
 * to 2262).
 */
public final class AsOf {

    private static final Instant EARLIEST = BusinessDates.FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LATEST = BusinessDates.LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private AsOf() {
    }

    public static Instant parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(asOf.strip()).toInstant();
        } catch (DateTimeParseException malformed) {
            throw new BadRequest("asOf", "asOf must be an ISO-8601 instant such as 2025-12-01T00:00:00Z");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new BadRequest("asOf", "asOf must lie between " + EARLIEST + " and " + LATEST);
        }
        return instant;
    }
}
