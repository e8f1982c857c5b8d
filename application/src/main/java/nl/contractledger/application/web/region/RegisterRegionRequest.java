package nl.contractledger.application.web.region;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.contractledger.domain.shared.Slug;

import java.time.LocalDate;
import java.util.List;

/** RegisterRegion; {@code establishedOn} (optional) is the date from which the municipalities are members. */
record RegisterRegionRequest(
        @NotNull @Pattern(regexp = Slug.PATTERN) String id,
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 200) String> municipalities,
        LocalDate establishedOn,
        @Valid PolicyRequest policy) {

    record PolicyRequest(Integer minimumContractYears, Integer revisionLeadTimeMonths, Integer standstillDays) {
    }
}
