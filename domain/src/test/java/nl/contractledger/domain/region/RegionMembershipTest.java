package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.contractledger.domain.shared.RuleViolationMatcher.violation;
import static org.assertj.core.api.Assertions.assertThat;

class RegionMembershipTest {

    private static final RegionId HAAGLANDEN = RegionId.of("haaglanden");
    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);

    private AggregateTestFixture<Region> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Region.class);
    }

    private static RegionRegisteredEvent registered() {
        return new RegionRegisteredEvent(HAAGLANDEN, "Haaglanden",
                List.of("Delft", "Den Haag", "Voorschoten"), null, RegionPolicy.defaults());
    }

    @Test
    void givenNothing_whenRegionRegistered_thenRegionRegisteredWithItsMunicipalitiesAndPolicy() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegionCommand(HAAGLANDEN, " Haaglanden ",
                        List.of("Delft", "Den Haag", "Voorschoten"), null, RegionPolicy.defaults()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void givenNothing_whenRegionRegisteredWithoutMunicipalities_thenRejectedAsInvalid() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegionCommand(HAAGLANDEN, "Haaglanden", List.of(), null, RegionPolicy.defaults()))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage("a region needs at least one municipality");
    }

    @Test
    void givenNothing_whenAMunicipalityIsListedTwiceInAnotherCase_thenRejectedAsInvalid() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegionCommand(HAAGLANDEN, "Haaglanden", List.of("Delft", "delft "), null,
                        RegionPolicy.defaults()))
                .expectNoEvents()
                .expectExceptionMessage("delft is listed twice");
    }

    @Test
    void givenNothing_whenRegionRegisteredWithABlankName_thenRejectedAsInvalid() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRegionCommand(HAAGLANDEN, "  ", List.of("Delft"), null, RegionPolicy.defaults()))
                .expectNoEvents()
                .expectException(RuleViolation.class);
    }

    @Test
    void givenRegion_whenVoorschotenWithdraws_thenMunicipalityWithdrew() {
        fixture.given(registered())
                .when(new WithdrawMunicipalityCommand(HAAGLANDEN, "voorschoten", JAN_2024, "own purchasing"))
                .expectEvents(new MunicipalityWithdrewEvent(HAAGLANDEN, "Voorschoten", JAN_2024, "own purchasing"))
                .expectState(region -> {
                    assertThat(region.membershipOn("Voorschoten", LocalDate.of(2023, 12, 31))).isPresent();
                    assertThat(region.membershipOn("Voorschoten", JAN_2024)).isEmpty();
                    assertThat(region.membershipOn("Delft", JAN_2024)).isPresent();
                });
    }

    @Test
    void givenVoorschotenWithdrew_whenItWithdrawsAgain_thenRejectedAsNotMember() {
        fixture.given(registered(), new MunicipalityWithdrewEvent(HAAGLANDEN, "Voorschoten", JAN_2024, "left"))
                .when(new WithdrawMunicipalityCommand(HAAGLANDEN, "Voorschoten", JAN_2024.plusYears(1), "again"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violation(ErrorCode.MUNICIPALITY_NOT_MEMBER));
    }

    @Test
    void givenRegion_whenAnUnknownMunicipalityWithdraws_thenRejectedAsNotMember() {
        fixture.given(registered())
                .when(new WithdrawMunicipalityCommand(HAAGLANDEN, "Leiden", JAN_2024, "never joined"))
                .expectNoEvents()
                .expectException(violation(ErrorCode.MUNICIPALITY_NOT_MEMBER));
    }

    @Test
    void givenRegion_whenWithdrawalHasNoReason_thenRejectedAsInvalid() {
        fixture.given(registered())
                .when(new WithdrawMunicipalityCommand(HAAGLANDEN, "Voorschoten", JAN_2024, " "))
                .expectNoEvents()
                .expectException(violation(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void givenRegion_whenANewMunicipalityIsAdmitted_thenMunicipalityJoinedFromThatDate() {
        LocalDate joinedOn = LocalDate.of(2025, 1, 1);
        fixture.given(registered())
                .when(new AdmitMunicipalityCommand(HAAGLANDEN, "Leiden", joinedOn))
                .expectEvents(new MunicipalityJoinedEvent(HAAGLANDEN, "Leiden", joinedOn))
                .expectState(region -> {
                    assertThat(region.membershipOn("Leiden", joinedOn.minusDays(1))).isEmpty();
                    assertThat(region.membershipOn("leiden", joinedOn)).isPresent();
                });
    }

    @Test
    void givenRegion_whenAMemberIsAdmittedAgain_thenRejectedAsAlreadyMember() {
        fixture.given(registered())
                .when(new AdmitMunicipalityCommand(HAAGLANDEN, "DELFT", JAN_2024))
                .expectNoEvents()
                .expectException(violation(ErrorCode.MUNICIPALITY_ALREADY_MEMBER));
    }

    @Test
    void givenVoorschotenWithdrew_whenItRejoinsBeforeItLeft_thenRejectedForDateOrder() {
        fixture.given(registered(), new MunicipalityWithdrewEvent(HAAGLANDEN, "Voorschoten", JAN_2024, "left"))
                .when(new AdmitMunicipalityCommand(HAAGLANDEN, "Voorschoten", JAN_2024.minusDays(1)))
                .expectNoEvents()
                .expectException(violation(ErrorCode.DATE_ORDER_INVALID));
    }

    @Test
    void givenVoorschotenWithdrew_whenItRejoinsLater_thenItIsAMemberAgainUnderItsFirstSpelling() {
        LocalDate rejoinedOn = LocalDate.of(2026, 1, 1);
        fixture.given(registered(), new MunicipalityWithdrewEvent(HAAGLANDEN, "Voorschoten", JAN_2024, "left"))
                .when(new AdmitMunicipalityCommand(HAAGLANDEN, "voorschoten", rejoinedOn))
                .expectEvents(new MunicipalityJoinedEvent(HAAGLANDEN, "Voorschoten", rejoinedOn))
                .expectState(region -> {
                    assertThat(region.membershipOn("Voorschoten", LocalDate.of(2025, 6, 1))).isEmpty();
                    assertThat(region.membershipOn("Voorschoten", rejoinedOn)).isPresent();
                });
    }

    @Test
    void givenMunicipalityJoinedIn2025_whenItWithdrawsOnTheSameDay_thenRejectedForDateOrder() {
        LocalDate joinedOn = LocalDate.of(2025, 1, 1);
        fixture.given(registered(), new MunicipalityJoinedEvent(HAAGLANDEN, "Leiden", joinedOn))
                .when(new WithdrawMunicipalityCommand(HAAGLANDEN, "Leiden", joinedOn, "changed its mind"))
                .expectNoEvents()
                .expectException(violation(ErrorCode.DATE_ORDER_INVALID));
    }
}
