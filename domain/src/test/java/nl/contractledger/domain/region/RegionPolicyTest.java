package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionPolicyTest {

    @Test
    void givenNoSettings_whenPolicyBuilt_thenSixYearsSixMonthsAndTwentyDays() {
        assertThat(RegionPolicy.withDefaults(null, null, null)).isEqualTo(new RegionPolicy(6, 6, 20));
    }

    @Test
    void givenOneSetting_whenPolicyBuilt_thenOnlyThatSettingDiffersFromTheDefaults() {
        assertThat(RegionPolicy.withDefaults(null, 3, null)).isEqualTo(new RegionPolicy(6, 3, 20));
    }

    @Test
    void givenAStandstillShorterThanTheLaw_whenPolicyBuilt_thenRejectedNamingTheField() {
        assertThatThrownBy(() -> new RegionPolicy(6, 6, 19))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(violation.field()).isEqualTo("policy.standstillDays");
                });
    }

    @Test
    void givenZeroContractYears_whenPolicyBuilt_thenRejected() {
        assertThatThrownBy(() -> new RegionPolicy(0, 6, 20)).isInstanceOf(RuleViolation.class);
    }
}
