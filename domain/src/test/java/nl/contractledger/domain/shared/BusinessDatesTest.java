package nl.contractledger.domain.shared;

import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.tender.PlanTenderCommand;
import nl.contractledger.domain.tender.PlannedMilestones;
import nl.contractledger.domain.tender.TenderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessDatesTest {

    private static final LocalDate FAR_FUTURE = LocalDate.parse("+999999999-12-31");

    private record Step(String name, LocalDate on) {
    }

    private record Plan(LocalDate decidedOn, List<Step> steps) {
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"1899-12-31", "2200-01-01", "+99999-01-01", "+999999999-12-31", "-999999999-01-01"})
    void givenADateOutsideTheWindow_whenRequired_thenValidationFailedNamingTheFieldAndTheDate(String date) {
        assertThatThrownBy(() -> BusinessDates.require(LocalDate.parse(date), "effectiveOn"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(violation.field()).isEqualTo("effectiveOn");
                    assertThat(violation.getMessage())
                            .isEqualTo("effectiveOn must lie between 1900-01-01 and 2199-12-31, was " + date);
                });
    }

    @ParameterizedTest(name = "{0} is kept")
    @ValueSource(strings = {"1900-01-01", "2027-01-01", "2199-12-31"})
    void givenADateInsideTheWindow_whenRequired_thenItIsReturned(String date) {
        assertThat(BusinessDates.require(LocalDate.parse(date), "effectiveOn")).isEqualTo(date);
    }

    @Test
    void givenAPlannedMilestoneOutsideTheWindow_whenTheCommandIsChecked_thenThePathToItIsNamed() {
        PlannedMilestones plan = new PlannedMilestones(LocalDate.of(2025, 10, 1), null, null, null, null, null,
                FAR_FUTURE);
        PlanTenderCommand command = new PlanTenderCommand(TenderId.of("hgl-2027"), RegionId.of("haaglanden"),
                List.of(), "Jeugdhulp met verblijf 2027", null, plan, LocalDate.of(2025, 9, 1));

        assertThatThrownBy(() -> BusinessDates.requireAll(command))
                .isInstanceOfSatisfying(RuleViolation.class, violation ->
                        assertThat(violation.field()).isEqualTo("plannedMilestones.contractStart"));
    }

    @Test
    void givenADateInAListOfRecords_whenTheCommandIsChecked_thenItsIndexIsNamed() {
        Plan plan = new Plan(LocalDate.of(2026, 6, 1),
                List.of(new Step("publication", LocalDate.of(2026, 2, 1)), new Step("award", FAR_FUTURE)));

        assertThatThrownBy(() -> BusinessDates.requireAll(plan))
                .isInstanceOfSatisfying(RuleViolation.class, violation ->
                        assertThat(violation.field()).isEqualTo("steps[1].on"));
    }

    @Test
    void givenACommandWhoseDatesAreInTheWindowOrLeftOut_whenChecked_thenItPasses() {
        Plan plan = new Plan(null, List.of(new Step("publication", LocalDate.of(2026, 2, 1)), new Step("award", null)));

        assertThatCode(() -> BusinessDates.requireAll(plan)).doesNotThrowAnyException();
    }
}
