package nl.contractledger.application.web.revision;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.contractledger.application.web.contract.ContractRequests;
import nl.contractledger.domain.revision.ResponseDecision;
import nl.contractledger.domain.revision.ResponseKind;
import nl.contractledger.domain.shared.Slug;

import java.time.LocalDate;
import java.util.List;

/** The request bodies of the revision procedure commands (API.md, Revision procedures). */
final class RevisionRequests {

    private RevisionRequests() {
    }

    @Schema(name = "RevisionDocument")
    record Document(@NotBlank @Size(max = 500) String title,
                    @NotNull @Pattern(regexp = "^[0-9a-fA-F]{64}$", message = "must be 64 hexadecimal characters")
                    String sha256) {
    }

    record Schedule(LocalDate consultation, LocalDate textPresentation, LocalDate responseDeadline,
                    LocalDate publication, LocalDate readyBy) {
    }

    record Open(@NotNull @Pattern(regexp = Slug.PATTERN) String id, @NotNull @Pattern(regexp = Slug.PATTERN) String regionId,
                @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = Slug.PATTERN) String> segmentIds,
                @NotEmpty @Size(max = 500) List<@NotNull @Pattern(regexp = Slug.PATTERN) String> contractIds,
                @NotBlank @Size(max = 4000) String reason, @NotNull @Min(1) @Max(99) Integer sequence,
                @NotNull LocalDate effectiveOn, @Valid Schedule plannedSchedule, LocalDate openedOn) {
    }

    record Consultation(@NotNull LocalDate consultedOn,
                        @Size(max = 500) List<@NotNull @Pattern(regexp = Slug.PATTERN) String> providerIds,
                        @NotBlank @Size(max = 10_000) String summary) {
    }

    record Text(@NotNull @Min(1) @Max(99) Integer version, @NotNull @Valid Document document,
                @NotNull LocalDate presentedOn, @NotNull LocalDate responseDeadline) {
    }

    record Response(@NotNull @Pattern(regexp = Slug.PATTERN) String id,
                    @NotNull @Pattern(regexp = Slug.PATTERN) String providerId, @NotNull LocalDate receivedOn,
                    @NotNull @Min(1) @Max(99) Integer textVersion, ResponseKind kind,
                    @NotBlank @Size(max = 10_000) String summary, @Valid Document document) {
    }

    record Close(@NotNull LocalDate closedOn) {
    }

    record Answer(@NotNull ResponseDecision decision, @NotBlank @Size(max = 20_000) String motivation,
                  @NotNull LocalDate answeredOn) {
    }

    @Schema(name = "PublishRevisedAgreement")
    record Publish(@NotNull LocalDate publishedOn, @NotNull @Valid Document document, @Size(max = 500) String legalBasis,
                   @Valid ContractRequests.Changes changes) {
    }

    record Admission(@NotNull LocalDate openedOn, @NotNull LocalDate closesOn) {
    }

    @Schema(name = "AdmitProviderToRevision")
    record Admit(@NotNull @Pattern(regexp = Slug.PATTERN) String providerId, @NotNull LocalDate admittedOn,
                 @NotBlank @Size(max = 200) String qualityCheckRef) {
    }

    record Finalise(@NotNull LocalDate finalisedOn, @Size(max = 4000) String overrideReason) {
    }

    @Schema(name = "WithdrawRevision")
    record Withdraw(@NotNull LocalDate withdrawnOn, @NotBlank @Size(max = 4000) String reason) {
    }
}
