package nl.contractledger.domain.provider;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static nl.contractledger.domain.shared.RuleViolationMatcher.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProviderRegistrationTest {

    private final AggregateTestFixture<Provider> fixture = new AggregateTestFixture<>(Provider.class);
    private static final ProviderId YOUZ = ProviderId.of("youz");

    @Test
    void givenNothing_whenAProviderIsRegistered_thenProviderRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterProviderCommand(YOUZ, "Youz", KvkNumber.of("01234567"), SizeClass.LARGE))
                .expectEvents(new ProviderRegisteredEvent(YOUZ, "Youz", KvkNumber.of("01234567"), SizeClass.LARGE));
    }

    @Test
    void givenNothing_whenAProviderHasNoSizeClass_thenValidationFailed() {
        fixture.givenNoPriorActivity()
                .when(new RegisterProviderCommand(YOUZ, "Youz", KvkNumber.of("01234567"), null))
                .expectNoEvents()
                .expectException(violation(ErrorCode.VALIDATION_FAILED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "1234567a", "", "12 34 56 78"})
    void givenAKvkNumberThatIsNotEightDigits_whenCreated_thenValidationFailed(String text) {
        assertThatThrownBy(() -> KvkNumber.of(text)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.field()).isEqualTo("kvkNumber"));
    }
}
