package nl.contractledger.projections.dossier;

import nl.contractledger.projections.tender.TenderView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The legal reconstruction of one tender's award: the tender as recorded, every step in order of its business
 * date with who recorded it and when, and every legal term of the award with whether it was met and by how
 * many days. {@code contractsReadyBy} is the plan's date by which contracts must be ready (null when the plan
 * names no contract start); {@code providerNames} and {@code segmentNames} name every provider and segment it
 * mentions, by id; {@code asOf} is set when it shows the file as recorded then.
 */
public record AwardDossier(TenderView tender, LocalDate contractsReadyBy, Instant asOf, List<Dossier.Step> steps,
                           List<Dossier.TermCheck> terms, Map<String, String> providerNames,
                           Map<String, String> segmentNames) {
}
