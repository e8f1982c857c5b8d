package nl.contractledger.application.web.query;

import nl.contractledger.application.web.problem.BadRequest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The {@code asOf} parameter of reads: an ISO-8601 instant, in UTC ({@code ...Z}) or with an offset. */
public final class AsOf {

    private AsOf() {
    }

    public static Instant parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(asOf.strip()).toInstant();
        } catch (DateTimeParseException malformed) {
            throw new BadRequest("asOf", "asOf must be an ISO-8601 instant such as 2025-12-01T00:00:00Z");
        }
    }
}
