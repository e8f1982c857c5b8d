package nl.contractledger.projections.contract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ContractStatusTest {

    private static final LocalDate MID_2026 = LocalDate.parse("2026-06-01");

    @Test
    void givenAPartForOneSegmentEnded_whenItsStatusConcerningEachSegmentIsAsked_thenOnlyThatSegmentSeesATermination() {
        ContractView contract = generalAgreement();
        contract.endedSegmentParts.add(new ContractView.SegmentPartEnding("s5", LocalDate.parse("2026-01-01"), "merged"));

        assertThat(ContractStatus.concerning(contract, MID_2026, "s5", null)).isEqualTo("TERMINATED");
        assertThat(ContractStatus.concerning(contract, LocalDate.parse("2025-12-31"), "s5", null)).isEqualTo("ACTIVE");
        assertThat(ContractStatus.concerning(contract, MID_2026, "s1", null)).isEqualTo("ACTIVE");
        assertThat(ContractStatus.concerning(contract, MID_2026, null, null)).isEqualTo("ACTIVE");
    }

    @Test
    void givenAProviderThatWithdrewAndWasAdmittedAgain_whenItsStatusConcerningThatProviderIsAsked_thenItIsActive() {
        ContractView contract = generalAgreement();
        party(contract, "leaves", LocalDate.parse("2025-01-01"));
        party(contract, "returns", LocalDate.parse("2025-01-01"));
        party(contract, "returns", null);

        assertThat(ContractStatus.concerning(contract, MID_2026, null, "leaves")).isEqualTo("TERMINATED");
        assertThat(ContractStatus.concerning(contract, MID_2026, null, "returns")).isEqualTo("ACTIVE");
    }

    @Test
    void givenAProviderAdmittedFrom2027_whenItsStatusConcerningThatProviderIsAsked_thenPublishedUntilItJoins() {
        ContractView contract = generalAgreement();
        party(contract, "joins", null).admittedOn = LocalDate.parse("2027-01-01");
        party(contract, "signed-before", null).signedOn = LocalDate.parse("2021-12-01");

        assertThat(ContractStatus.concerning(contract, LocalDate.parse("2026-12-31"), null, "joins")).isEqualTo("PUBLISHED");
        assertThat(ContractStatus.concerning(contract, LocalDate.parse("2027-01-01"), null, "joins")).isEqualTo("ACTIVE");
        assertThat(ContractStatus.concerning(contract, MID_2026, null, "signed-before")).as("party since the start")
                .isEqualTo("ACTIVE");
    }

    private static ContractView generalAgreement() {
        ContractView contract = new ContractView();
        contract.startsOn = LocalDate.parse("2022-01-01");
        contract.endsOn = LocalDate.parse("2027-12-31");
        return contract;
    }

    private static ContractView.PartyView party(ContractView contract, String providerId, LocalDate withdrewOn) {
        ContractView.PartyView party = new ContractView.PartyView();
        party.providerId = providerId;
        party.withdrewOn = withdrewOn;
        contract.parties.add(party);
        return party;
    }
}
