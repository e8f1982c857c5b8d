package nl.contractledger.domain.revision;

import nl.contractledger.domain.provider.ProviderId;

import java.time.LocalDate;

/** A provider admitted to a revised agreement during its admission window ([000]: other providers may join). */
public record RevisionAdmission(ProviderId providerId, LocalDate admittedOn, String qualityCheckRef) {
}
