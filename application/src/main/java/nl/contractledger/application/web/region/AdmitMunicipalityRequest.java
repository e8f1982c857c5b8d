package nl.contractledger.application.web.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

record AdmitMunicipalityRequest(@NotBlank @Size(max = 200) String name, @NotNull LocalDate effectiveOn) {
}
