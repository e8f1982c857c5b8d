package nl.contractledger.application.web.tender;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.contractledger.application.web.Money;
import nl.contractledger.domain.shared.DocumentRef;
import nl.contractledger.domain.shared.Slug;
import nl.contractledger.domain.tender.CourtRulingOutcome;
import nl.contractledger.domain.tender.PlannedMilestones;

import java.time.LocalDate;
import java.util.List;

/** The request bodies of the tender commands (API.md, Tenders). */
final class TenderRequests {

    private TenderRequests() {
    }

    @Schema(name = "TenderDocument")
    record Document(@NotBlank @Size(max = 500) String title,
                    @NotNull @Pattern(regexp = "^[0-9a-fA-F]{64}$", message = "must be 64 hexadecimal characters")
                    String sha256) {

        DocumentRef toRef() {
            return new DocumentRef(title, sha256);
        }
    }

    record Milestones(LocalDate consultation, LocalDate documentsDecision, LocalDate publication,
                      LocalDate submissionDeadline, LocalDate awardDecision, LocalDate award,
                      LocalDate contractStart) {

        PlannedMilestones toPlan() {
            return new PlannedMilestones(consultation, documentsDecision, publication, submissionDeadline,
                    awardDecision, award, contractStart);
        }
    }

    record PlanTender(@NotNull @Pattern(regexp = Slug.PATTERN) String id,
                      @NotNull @Pattern(regexp = Slug.PATTERN) String regionId,
                      @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = Slug.PATTERN) String> segmentIds,
                      @NotBlank @Size(max = 500) String title, @Money String estimatedValue,
                      @Valid Milestones plannedMilestones, LocalDate plannedOn) {
    }

    record StartConsultation(@NotNull LocalDate startedOn) {
    }

    record ApproveDocuments(@NotNull LocalDate approvedOn, @NotBlank @Size(max = 200) String decisionRef,
                            @NotNull @Valid Document document) {
    }

    @Schema(name = "PublishTender")
    record Publish(@NotNull LocalDate publishedOn, @NotNull LocalDate submissionDeadline,
                   @NotNull @Valid Document document) {
    }

    record Clarify(@NotNull LocalDate issuedOn, @NotNull @Valid Document document) {
    }

    record Bid(@NotNull @Pattern(regexp = Slug.PATTERN) String id,
               @NotNull @Pattern(regexp = Slug.PATTERN) String providerId,
               @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = Slug.PATTERN) String> segmentIds,
               @NotNull LocalDate submittedOn) {
    }

    record CloseSubmissions(@NotNull LocalDate closedOn) {
    }

    record WinnerLine(@NotNull @Pattern(regexp = Slug.PATTERN) String segmentId,
                      @NotNull @Pattern(regexp = Slug.PATTERN) String providerId) {
    }

    record DecideAward(@NotNull LocalDate decidedOn, @NotEmpty @Size(max = 200) List<@Valid @NotNull WinnerLine> winners,
                       @NotBlank @Size(max = 10_000) String motivation) {
    }

    record Proceedings(@NotNull @Pattern(regexp = Slug.PATTERN) String id,
                       @NotNull @Pattern(regexp = Slug.PATTERN) String providerId,
                       @NotNull LocalDate filedOn, @NotBlank @Size(max = 200) String court) {
    }

    record Ruling(@NotNull LocalDate ruledOn, @NotNull CourtRulingOutcome outcome) {
    }

    record Award(@NotNull LocalDate awardedOn) {
    }

    record Cancel(@NotNull LocalDate cancelledOn, @NotBlank @Size(max = 2000) String reason,
                  @Size(max = 200) String decisionRef) {
    }
}
