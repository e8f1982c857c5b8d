package nl.contractledger.domain.shared;

import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.tender.PlanTenderCommand;
import nl.contractledger.domain.tender.PlannedMilestones;
import nl.contractledger.domain.tender.TenderId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandValuesTest {

    private static final LocalDate FAR_FUTURE = LocalDate.parse("+999999999-12-31");

    private record Step(String name, LocalDate on) {
    }

    private record Plan(LocalDate decidedOn, List<Step> steps) {
    }

    @Test
    void givenAPlannedMilestoneOutsideTheWindow_whenTheCommandIsChecked_thenThePathToItIsNamed() {
        PlannedMilestones plan = new PlannedMilestones(LocalDate.of(2025, 10, 1), null, null, null, null, null,
                FAR_FUTURE);
        PlanTenderCommand command = new PlanTenderCommand(TenderId.of("hgl-2027"), RegionId.of("haaglanden"),
                List.of(), "Jeugdhulp met verblijf 2027", null, plan, LocalDate.of(2025, 9, 1));

        assertThatThrownBy(() -> CommandValues.check(command))
                .isInstanceOfSatisfying(RuleViolation.class, violation ->
                        assertThat(violation.field()).isEqualTo("plannedMilestones.contractStart"));
    }

    @Test
    void givenADateInAListOfRecords_whenTheCommandIsChecked_thenItsIndexIsNamed() {
        Plan plan = new Plan(LocalDate.of(2026, 6, 1),
                List.of(new Step("publication", LocalDate.of(2026, 2, 1)), new Step("award", FAR_FUTURE)));

        assertThatThrownBy(() -> CommandValues.check(plan))
                .isInstanceOfSatisfying(RuleViolation.class, violation ->
                        assertThat(violation.field()).isEqualTo("steps[1].on"));
    }

    @Test
    void givenATextThatCannotBeRecordedDeepInTheCommand_whenChecked_thenItsPathIsNamed() {
        PlanTenderCommand command = new PlanTenderCommand(TenderId.of("hgl-2027"), RegionId.of("haaglanden"),
                List.of(), "Jeugdhulp\u0000met verblijf", null, PlannedMilestones.none(), LocalDate.of(2025, 9, 1));
        Plan plan = new Plan(null, List.of(new Step("publication", null), new Step("aw\uD800ard", null)));

        assertThatThrownBy(() -> CommandValues.check(command))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("title"));
        assertThatThrownBy(() -> CommandValues.check(plan))
                .isInstanceOfSatisfying(RuleViolation.class, violation ->
                        assertThat(violation.field()).isEqualTo("steps[1].name"));
    }

    @Test
    void givenACommandWhoseValuesCanAllBeRecordedOrAreLeftOut_whenChecked_thenItPasses() {
        Plan plan = new Plan(null, List.of(new Step("publication\non two lines", LocalDate.of(2026, 2, 1)),
                new Step(null, null)));

        assertThatCode(() -> CommandValues.check(plan)).doesNotThrowAnyException();
    }
}
