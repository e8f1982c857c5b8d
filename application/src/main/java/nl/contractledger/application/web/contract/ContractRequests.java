package nl.contractledger.application.web.contract;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.contractledger.application.web.Money;
import nl.contractledger.domain.contract.ContractKind;
import nl.contractledger.domain.contract.ExtensionBasisType;
import nl.contractledger.domain.contract.KpiComparison;
import nl.contractledger.domain.contract.RouteType;
import nl.contractledger.domain.shared.Slug;

import java.time.LocalDate;
import java.util.List;

/** The request bodies of the contract commands (API.md, Contracts). */
public final class ContractRequests {

    static final String DECIMAL = "^-?\\d{1,13}(\\.\\d{1,6})?$";

    private ContractRequests() {
    }

    @Schema(name = "ContractDocument")
    record Document(@NotBlank @Size(max = 500) String title,
                    @NotNull @Pattern(regexp = "^[0-9a-fA-F]{64}$", message = "must be 64 hexadecimal characters")
                    String sha256) {
    }

    record RouteLine(@NotNull RouteType type, @Pattern(regexp = Slug.PATTERN) String tenderId,
                     @Pattern(regexp = Slug.PATTERN) String revisionId,
                     @Size(max = 50) List<@NotNull @Pattern(regexp = Slug.PATTERN) String> predecessorContractIds,
                     @Size(max = 2000) String reason) {
    }

    record Option(@NotNull @Min(1) @Max(120) Integer months) {
    }

    @Schema(name = "ContractProductLine")
    public record ProductLine(@NotBlank @Size(max = 50) String code, @NotBlank @Size(max = 50) String category,
                       @NotBlank @Size(max = 50) String unit, @NotNull @Money String tariff) {
    }

    public record ClauseLine(@NotBlank @Size(max = 100) String clauseId, @NotBlank @Size(max = 10_000) String text) {
    }

    @Schema(name = "PublishContract")
    record Publish(@NotNull @Pattern(regexp = Slug.PATTERN) String id,
                   @NotNull @Pattern(regexp = Slug.PATTERN) String regionId,
                   @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = Slug.PATTERN) String> segmentIds,
                   @NotNull ContractKind kind, @NotBlank @Size(max = 500) String title, @NotNull @Valid RouteLine route,
                   @NotNull LocalDate startsOn, @NotNull LocalDate endsOn, LocalDate maxEndOn,
                   @Size(max = 20) List<@Valid @NotNull Option> extensionOptions, @Size(max = 50) String fundingForm,
                   @Size(max = 1000) List<@Valid @NotNull ProductLine> products,
                   @Size(max = 200) List<@Valid @NotNull ClauseLine> reviewClauses,
                   @NotNull @Valid Document document, @Pattern(regexp = Slug.PATTERN) String parentContractId,
                   @Size(max = 200) String municipality, LocalDate publishedOn) {
    }

    @Schema(name = "AdmitProvider")
    record Admit(@NotNull @Pattern(regexp = Slug.PATTERN) String providerId, @NotNull LocalDate admittedOn,
                 @NotBlank @Size(max = 200) String qualityCheckRef) {
    }

    record Sign(@NotNull @Pattern(regexp = Slug.PATTERN) String providerId, @NotNull LocalDate signedOn) {
    }

    public record Target(@NotNull KpiComparison comparison, @NotNull @Pattern(regexp = DECIMAL) String value) {
    }

    public record KpiLine(@NotNull @Pattern(regexp = Slug.PATTERN) String kpiId, @NotBlank @Size(max = 2000) String description,
                   @NotNull @Valid Target target, @NotBlank @Size(max = 2000) String consequence,
                   LocalDate agreedOn) {
    }

    public record Changes(@Size(max = 1000) List<@Valid @NotNull ProductLine> products,
                   @Size(max = 200) List<@Valid @NotNull KpiLine> kpis,
                   @Size(max = 200) List<@Valid @NotNull ClauseLine> reviewClauses) {
    }

    record Revise(@NotNull @Pattern(regexp = Slug.PATTERN) String revisionId, @NotNull LocalDate effectiveOn,
                  @NotBlank @Size(max = 500) String legalBasis, @Valid Changes changes, @Valid Document document) {
    }

    record Basis(@NotNull ExtensionBasisType type, @Min(1) @Max(20) Integer optionNumber,
                 @Size(max = 100) String clauseId, @Size(max = 200) String article,
                 @Size(max = 10_000) String justification) {
    }

    record Extend(@NotNull LocalDate newEndsOn, @NotNull @Valid Basis basis, @Size(max = 200) String costPriceStudyRef,
                  LocalDate decidedOn) {
    }

    record TariffLine(@NotBlank @Size(max = 50) String productCode, @NotNull @Money String amount) {
    }

    record Tariffs(@NotNull @Size(max = 1000) List<@Valid @NotNull TariffLine> tariffs) {
    }

    record Cap(@NotNull @Money String amount) {
    }

    record KpiResult(@NotBlank @Size(max = 20) String period, @NotNull @Pattern(regexp = DECIMAL) String value) {
    }

    record EndPart(@NotNull @Pattern(regexp = Slug.PATTERN) String segmentId, @NotNull LocalDate effectiveOn,
                   @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "WithdrawProvider")
    record Withdraw(@NotNull @Pattern(regexp = Slug.PATTERN) String providerId, @NotNull LocalDate effectiveOn,
                    @NotBlank @Size(max = 2000) String reason) {
    }

    record Terminate(@NotNull LocalDate effectiveOn, @Size(max = 2000) String reason) {
    }
}
