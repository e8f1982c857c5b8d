package nl.contractledger.application.web.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

record WithdrawMunicipalityRequest(@NotNull LocalDate effectiveOn, @NotBlank @Size(max = 2000) String reason) {
}
