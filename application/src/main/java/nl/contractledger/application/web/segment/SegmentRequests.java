package nl.contractledger.application.web.segment;

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
import nl.contractledger.domain.region.FundingForm;
import nl.contractledger.domain.region.ProcurementForm;
import nl.contractledger.domain.shared.Slug;

import java.time.LocalDate;
import java.util.List;

/** The request bodies of the segment commands (API.md, Regions and segments). */
final class SegmentRequests {

    private SegmentRequests() {
    }

    record DefineSegment(
            @NotNull @Pattern(regexp = Slug.PATTERN) String id,
            @NotNull @Min(1) @Max(999) Integer number,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description,
            @Size(max = 50) List<@NotBlank @Size(max = 2000) String> objectives,
            @NotNull ProcurementForm procurementForm,
            @NotNull FundingForm fundingForm,
            @Size(max = 500) List<@Valid @NotNull ProductLine> products,
            LocalDate effectiveOn) {
    }

    @Schema(name = "SegmentProductLine")
    record ProductLine(@NotBlank @Size(max = 50) String code, @NotBlank @Size(max = 300) String name,
                       @NotBlank @Size(max = 50) String category) {
    }

    record ReviseObjectives(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 2000) String> objectives,
                            @NotNull LocalDate decidedOn, @Size(max = 200) String decisionRef) {
    }

    record ChooseProcurementForm(@NotNull ProcurementForm procurementForm, @NotNull LocalDate decidedOn,
                                 @Size(max = 200) String decisionRef) {
    }

    record ChooseFundingForm(@NotNull FundingForm fundingForm, @NotNull LocalDate decidedOn,
                             @Size(max = 200) String decisionRef) {
    }

    record MoveProducts(@NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 50) String> productCodes,
                        @NotNull @Pattern(regexp = Slug.PATTERN) String fromSegmentId,
                        @NotNull @Pattern(regexp = Slug.PATTERN) String toSegmentId,
                        @NotNull LocalDate effectiveOn, @NotBlank @Size(max = 2000) String reason) {
    }

    record CloseSegment(@Pattern(regexp = Slug.PATTERN) String mergeIntoSegmentId, @NotNull LocalDate effectiveOn,
                        @Size(max = 200) String decisionRef) {
    }

    record SetBudget(@NotNull @Money String amount, @Min(0) Integer youthCount) {
    }

    record SetSavingsTarget(@NotNull @Money String minAmount, @NotNull @Money String maxAmount) {
    }
}
