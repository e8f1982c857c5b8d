package nl.contractledger.application.config;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.contract.ProviderAdmittedEvent;
import nl.contractledger.domain.contract.ProviderWithdrewEvent;
import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.region.MunicipalityJoinedEvent;
import nl.contractledger.domain.region.MunicipalityWithdrewEvent;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.RegionPolicy;
import nl.contractledger.domain.region.RegionRegisteredEvent;
import nl.contractledger.domain.revision.ProviderResponseReceivedEvent;
import nl.contractledger.domain.revision.ProviderResponseRefusedEvent;
import nl.contractledger.domain.revision.ResponseKind;
import nl.contractledger.domain.revision.RevisionAdmission;
import nl.contractledger.domain.revision.RevisionFinalisedEvent;
import nl.contractledger.domain.revision.RevisionId;
import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the exact JSON that the event store records for each event: the history must keep its form
 * whatever happens to the web layer's JSON settings.
 */
class StoredEventFormatTest {

    private static final RegionId HAAGLANDEN = RegionId.of("haaglanden");
    private final Serializer serializer = EventSerialization.serializer();

    @Test
    void givenRegionRegistered_whenSerialized_thenIdsArePlainStringsAndDatesIsoStrings() {
        RegionRegisteredEvent event = new RegionRegisteredEvent(HAAGLANDEN, "Haaglanden",
                List.of("Delft", "Voorschoten"), LocalDate.of(2015, 1, 1), RegionPolicy.defaults());

        assertThat(stored(event)).isEqualTo("{\"regionId\":\"haaglanden\",\"name\":\"Haaglanden\","
                + "\"municipalities\":[\"Delft\",\"Voorschoten\"],\"establishedOn\":\"2015-01-01\","
                + "\"policy\":{\"minimumContractYears\":6,\"revisionLeadTimeMonths\":6,\"standstillDays\":20}}");
        assertThat(roundTrip(event)).isEqualTo(event);
    }

    @Test
    void givenMunicipalityJoined_whenSerialized_thenTheExactStoredJson() {
        MunicipalityJoinedEvent event = new MunicipalityJoinedEvent(HAAGLANDEN, "Leiden", LocalDate.of(2025, 1, 1));

        assertThat(stored(event))
                .isEqualTo("{\"regionId\":\"haaglanden\",\"municipality\":\"Leiden\",\"effectiveOn\":\"2025-01-01\"}");
        assertThat(roundTrip(event)).isEqualTo(event);
    }

    @Test
    void givenMunicipalityWithdrew_whenSerialized_thenTheExactStoredJson() {
        MunicipalityWithdrewEvent event = new MunicipalityWithdrewEvent(HAAGLANDEN, "Voorschoten",
                LocalDate.of(2024, 1, 1), "own purchasing");

        assertThat(stored(event)).isEqualTo("{\"regionId\":\"haaglanden\",\"municipality\":\"Voorschoten\","
                + "\"effectiveOn\":\"2024-01-01\",\"reason\":\"own purchasing\"}");
        assertThat(roundTrip(event)).isEqualTo(event);
    }

    @Test
    void givenAnAdmissionAndAFinalisationStoredBeforeTheyNamedRevisionAndAdmissions_whenReadBack_thenTheyNameNone() {
        byte[] admission = ("{\"contractId\":\"h10-ontwikkel-2021\",\"providerId\":\"jeugdhof\",\"admittedOn\":\"2020-11-02\","
                + "\"qualityCheckRef\":\"QC-2020\"}").getBytes(StandardCharsets.UTF_8);
        ProviderAdmittedEvent admitted = serializer.deserialize(new SimpleSerializedObject<>(admission, byte[].class,
                ProviderAdmittedEvent.class.getName(), "1"));
        assertThat(admitted).isEqualTo(new ProviderAdmittedEvent(ContractId.of("h10-ontwikkel-2021"), ProviderId.of("jeugdhof"),
                LocalDate.of(2020, 11, 2), "QC-2020", null));

        byte[] finalisation = ("{\"revisionId\":\"hgl-rev-2027-1\",\"finalisedOn\":\"2026-05-28\",\"readyBy\":\"2026-07-01\","
                + "\"leadTimeBreached\":false,\"contractIds\":[\"h10-ontwikkel-2021\"],\"effectiveOn\":\"2027-01-01\","
                + "\"legalBasis\":\"Aw 2.163c\",\"providersGivingNotice\":[\"wijkkracht\"]}").getBytes(StandardCharsets.UTF_8);
        RevisionFinalisedEvent finalised = serializer.deserialize(new SimpleSerializedObject<>(finalisation, byte[].class,
                RevisionFinalisedEvent.class.getName(), "1"));
        assertThat(finalised.providersAdmitted()).isNull();
        assertThat(finalised.providersGivingNotice()).containsExactly(ProviderId.of("wijkkracht"));

        RevisionFinalisedEvent withAdmission = new RevisionFinalisedEvent(finalised.revisionId(), finalised.finalisedOn(),
                finalised.readyBy(), false, null, finalised.contractIds(), finalised.effectiveOn(), finalised.legalBasis(),
                null, null, finalised.providersGivingNotice(),
                List.of(new RevisionAdmission(ProviderId.of("schoolnabij"), LocalDate.of(2026, 4, 20), "QC-2026")));
        assertThat(stored(withAdmission)).endsWith(",\"providersAdmitted\":[{\"providerId\":\"schoolnabij\","
                + "\"admittedOn\":\"2026-04-20\",\"qualityCheckRef\":\"QC-2026\"}]}");
        assertThat(roundTrip(withAdmission)).isEqualTo(withAdmission);
    }

    @Test
    void givenAWithdrawalStoredBeforeItNamedItsRevision_whenReadBack_thenItNamesNone() {
        byte[] before = ("{\"contractId\":\"h10-ontwikkel-2021\",\"providerId\":\"wijkkracht\",\"effectiveOn\":\"2027-01-01\","
                + "\"reason\":\"gave notice in response to revision hgl-rev-2027-1\"}").getBytes(StandardCharsets.UTF_8);

        ProviderWithdrewEvent read = serializer.deserialize(new SimpleSerializedObject<>(before, byte[].class,
                ProviderWithdrewEvent.class.getName(), "1"));

        assertThat(read).isEqualTo(new ProviderWithdrewEvent(ContractId.of("h10-ontwikkel-2021"), ProviderId.of("wijkkracht"),
                LocalDate.of(2027, 1, 1), "gave notice in response to revision hgl-rev-2027-1", null));
        ProviderWithdrewEvent named = new ProviderWithdrewEvent(read.contractId(), read.providerId(), read.effectiveOn(),
                read.reason(), "hgl-rev-2027-1");
        assertThat(stored(named)).endsWith(",\"revisionId\":\"hgl-rev-2027-1\"}");
        assertThat(roundTrip(named)).isEqualTo(named);
    }

    @Test
    void givenResponsesStoredBeforeTheyCarriedALetterOrARefusalItsKind_whenReadBack_thenTheyCarryNone() {
        byte[] received = ("{\"revisionId\":\"hgl-rev-2027-1\",\"responseId\":\"r-kompas\",\"providerId\":\"kompas\","
                + "\"receivedOn\":\"2026-02-05\",\"textVersion\":1,\"kind\":\"COMMENT\",\"summary\":\"tariffs\"}")
                .getBytes(StandardCharsets.UTF_8);
        ProviderResponseReceivedEvent read = serializer.deserialize(new SimpleSerializedObject<>(received, byte[].class,
                ProviderResponseReceivedEvent.class.getName(), "1"));
        assertThat(read).isEqualTo(new ProviderResponseReceivedEvent(RevisionId.of("hgl-rev-2027-1"), "r-kompas",
                ProviderId.of("kompas"), LocalDate.of(2026, 2, 5), 1, ResponseKind.COMMENT, "tariffs", null));

        byte[] refused = ("{\"revisionId\":\"hgl-rev-2027-1\",\"responseId\":\"r-late\",\"providerId\":\"jeugdhof\","
                + "\"receivedOn\":\"2026-02-16\",\"textVersion\":1,\"responseDeadline\":\"2026-02-15\",\"summary\":\"late\"}")
                .getBytes(StandardCharsets.UTF_8);
        ProviderResponseRefusedEvent late = serializer.deserialize(new SimpleSerializedObject<>(refused, byte[].class,
                ProviderResponseRefusedEvent.class.getName(), "1"));
        assertThat(late.summary()).isEqualTo("late");
        assertThat(late.document()).isNull();
        assertThat(late.kind()).isNull();
        ProviderResponseRefusedEvent lateNotice = new ProviderResponseRefusedEvent(late.revisionId(), late.responseId(),
                late.providerId(), late.receivedOn(), late.textVersion(), late.responseDeadline(), ResponseKind.NOTICE,
                late.summary(), null);
        assertThat(stored(lateNotice)).contains("\"kind\":\"NOTICE\"");
        assertThat(roundTrip(lateNotice)).isEqualTo(lateNotice);

        ProviderResponseReceivedEvent withLetter = new ProviderResponseReceivedEvent(read.revisionId(), read.responseId(),
                read.providerId(), read.receivedOn(), read.textVersion(), read.kind(), read.summary(),
                new DocumentRef("Reactie Kompas", "ab".repeat(32)));
        assertThat(stored(withLetter)).endsWith(",\"document\":{\"title\":\"Reactie Kompas\",\"sha256\":\"" + "ab".repeat(32) + "\"}}");
        assertThat(roundTrip(withLetter)).isEqualTo(withLetter);
    }

    @Test
    void givenAnEvent_whenItsTypeIsRecorded_thenRevisionOneIsStoredWithIt() {
        SerializedObject<byte[]> serialized = serializer.serialize(
                new MunicipalityJoinedEvent(HAAGLANDEN, "Leiden", LocalDate.of(2025, 1, 1)), byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo(MunicipalityJoinedEvent.class.getName());
        assertThat(serialized.getType().getRevision()).isEqualTo("1");
    }

    @Test
    void givenAReplayToken_whenStoredAndReadBack_thenItIsStillAReplayTokenAtTheSamePositions() {
        TrackingToken token = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(42),
                new GlobalSequenceTrackingToken(7));

        TrackingToken readBack = roundTrip(token);

        assertThat(readBack).isInstanceOf(ReplayToken.class).isEqualTo(token);
        assertThat(readBack.position()).hasValue(7);
        assertThat(((ReplayToken) readBack).getTokenAtReset()).isEqualTo(new GlobalSequenceTrackingToken(42));
    }

    private String stored(Object event) {
        return new String(serializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8);
    }

    private <T> T roundTrip(T value) {
        return serializer.deserialize(serializer.serialize(value, byte[].class));
    }
}
