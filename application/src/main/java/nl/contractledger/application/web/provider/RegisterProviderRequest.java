package nl.contractledger.application.web.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.contractledger.domain.provider.SizeClass;
import nl.contractledger.domain.shared.Slug;

record RegisterProviderRequest(@NotNull @Pattern(regexp = Slug.PATTERN) String id,
                               @NotBlank @Size(max = 300) String name,
                               @NotNull @Pattern(regexp = "^\\d{8}$", message = "must be exactly eight digits")
                               String kvkNumber,
                               @NotNull SizeClass sizeClass) {
}
