package nl.contractledger.projections.dossier;

import nl.contractledger.projections.tender.TenderView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The legal reconstruction of one tender's award: the tender as recorded, every step in order of its business
 * date with who recorded it and when, every legal term of the award with whether it was met and by how
 * many days, and the contracts the award gave. {@code contractsReadyBy} is the plan's date by which contracts must be
 * ready (null when the plan names no contract start); {@code regionName} names its region, and {@code providerNames}
 * and {@code segmentNames} every provider and segment it mentions, by id; {@code asOf} is set when it shows the file
 * as recorded then.
 */
public record AwardDossier(TenderView tender, LocalDate contractsReadyBy, Instant asOf, List<Dossier.Step> steps,
                           List<Dossier.TermCheck> terms, List<AwardedContract> contractsAwarded,
                           String regionName, Map<String, String> providerNames, Map<String, String> segmentNames) {

    /**
     * A contract published on the tender's award (route {@code TENDER}): its term, when it was published and, if so,
     * terminated, and each winner of its segments with the day it signed or was admitted (both null while it has not
     * joined).
     */
    public record AwardedContract(String contractId, String title, List<String> segmentIds, LocalDate publishedOn,
                                  LocalDate startsOn, LocalDate endsOn, LocalDate terminatedOn, List<WinnerJoining> winners) {
    }

    /** A winner of the award on a contract it gave: the day it signed it or was admitted to it, as recorded. */
    public record WinnerJoining(String providerId, LocalDate signedOn, LocalDate admittedOn) {
    }
}
