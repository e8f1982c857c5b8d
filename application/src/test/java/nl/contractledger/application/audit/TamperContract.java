package nl.contractledger.application.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampering done directly in the database, each kind found at its exact first broken position.
 * The history holds 250 sealed events with checkpoints at 100 and 200 (every 100 events) and one
 * taken on demand at 250.
 */
abstract class TamperContract {

    protected AuditBench bench;

    protected abstract AuditBench newBench();

    @BeforeEach
    void sealAHistory() {
        bench = newBench();
        bench.appendMany(100);
        bench.sealer.sealAvailable();
        bench.appendMany(100);
        bench.sealer.sealAvailable();
        bench.appendMany(50);
        assertThat(bench.sealer.sealAvailable()).isEqualTo(250);
        bench.checkpoints.takeAtHead();
        assertThat(bench.checkpoints.all()).extracting(Checkpoint::position).containsExactly(100L, 200L, 250L);
        assertThat(bench.verifier.verify().ok()).isTrue();
    }

    @Test
    void givenAnUntouchedHistory_whenVerified_thenOkThroughTheLastSealedPosition() {
        Verification verification = bench.verifier.verify();

        assertThat(verification.ok()).isTrue();
        assertThat(verification.verifiedThroughPosition()).isEqualTo(250);
        assertThat(verification.headHash()).isEqualTo(bench.seals.head().hash());
        assertThat(verification.checkpointsVerified()).isEqualTo(3);
    }

    @Test
    void givenOneChangedByteInAPayload_whenVerified_thenBrokenAtThatEvent() {
        byte[] payload = bench.payloadAt(137);
        payload[payload.length - 2] ^= 1;
        bench.setPayload(137, payload);

        assertBrokenAt(137);
    }

    @Test
    void givenChangedMetadata_whenVerified_thenBrokenAtThatEvent() {
        bench.jdbc.sql("UPDATE domain_event_entry SET meta_data = :meta WHERE global_index = 42")
                .param("meta", "{\"actor\":\"someone-else\",\"correlationId\":\"c-1\"}".getBytes(StandardCharsets.UTF_8))
                .update();

        assertBrokenAt(42);
    }

    @Test
    void givenADeletedEvent_whenVerified_thenBrokenAtItsPosition() {
        bench.jdbc.sql("DELETE FROM domain_event_entry WHERE global_index = 99").update();

        assertBrokenAt(99);
    }

    @Test
    void givenTwoSwappedEvents_whenVerified_thenBrokenAtTheFirstOfThem() {
        byte[] first = bench.payloadAt(60);
        byte[] second = bench.payloadAt(61);
        bench.setPayload(60, second);
        bench.setPayload(61, first);

        assertBrokenAt(60);
    }

    @Test
    void givenAnEventInsertedIntoTheSealedHistory_whenVerified_thenBrokenAtTheInsertedPosition() {
        List<Long> later = bench.jdbc.sql("SELECT global_index FROM domain_event_entry WHERE global_index >= 180 "
                + "ORDER BY global_index DESC").query(Long.class).list();
        later.forEach(position -> bench.jdbc.sql("UPDATE domain_event_entry SET global_index = :to WHERE global_index = :from")
                .param("to", position + 1).param("from", position).update());
        bench.jdbc.sql("""
                        INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                            sequence_number, type, time_stamp, payload_type, payload, meta_data)
                        VALUES (180, 'forged', 'region:forged', 0, 'Region', '2026-01-01T00:00:00Z', 'x', :p, NULL)""")
                .param("p", "{}".getBytes(StandardCharsets.UTF_8)).update();

        assertBrokenAt(180);
    }

    @Test
    void givenADeletedSeal_whenVerified_thenTheChainBreaksAtItsEventForItDoesNotLinkAcrossIt() {
        bench.jdbc.sql("DELETE FROM event_seal WHERE position = 120").update();

        assertBrokenAt(120);
        Verification verification = bench.verifier.verify();
        assertThat(verification.reason()).contains("does not link across the event without a seal at 120");
        assertThat(verification.unsealedPositions()).isNull();
    }

    @Test
    void givenTheLastSealsDeleted_whenVerified_thenBrokenAtTheFirstEventWithoutOne() {
        bench.jdbc.sql("DELETE FROM event_seal WHERE position > 240").update();

        assertBrokenAt(241);
        assertThat(bench.verifier.verify().reason()).contains("after its last seal");
    }

    @Test
    void givenAChangedEventWithTheSealsRewrittenToMatch_whenVerified_thenTheSignedCheckpointAfterItBreaks() {
        bench.setPayload(150, "{\"n\":\"forged\"}".getBytes(StandardCharsets.UTF_8));
        rewriteSealsFrom(150);

        Verification verification = bench.verifier.verify();

        assertThat(verification.ok()).isFalse();
        assertThat(verification.firstBrokenPosition()).isEqualTo(200);
        assertThat(verification.reason()).contains("signed checkpoint");
    }

    @Test
    void givenACheckpointWithAForgedSignature_whenVerified_thenBrokenAtThatCheckpoint() {
        bench.jdbc.sql("UPDATE audit_checkpoint SET hash = :hash WHERE position = 100").param("hash", "ab".repeat(32))
                .update();

        Verification verification = bench.verifier.verify();

        assertThat(verification.ok()).isFalse();
        assertThat(verification.firstBrokenPosition()).isEqualTo(100);
        assertThat(verification.reason()).contains("signature");
    }

    @Test
    void givenEventsNotYetSealed_whenVerified_thenOkThroughTheHeadOnly() {
        bench.appendMany(5);

        Verification verification = bench.verifier.verify();

        assertThat(verification.ok()).isTrue();
        assertThat(verification.verifiedThroughPosition()).isEqualTo(250);
    }

    private void rewriteSealsFrom(long position) {
        String hash = bench.jdbc.sql("SELECT hash FROM event_seal WHERE position = :p").param("p", position - 1)
                .query(String.class).single();
        for (StoredEvent event : new EventRows(bench.jdbc).after(position - 1, 10_000)) {
            hash = HashChain.next(hash, event);
            bench.jdbc.sql("UPDATE event_seal SET hash = :hash WHERE position = :p").param("hash", hash)
                    .param("p", event.position()).update();
        }
    }

    private void assertBrokenAt(long position) {
        Verification verification = bench.verifier.verify();

        assertThat(verification.ok()).isFalse();
        assertThat(verification.firstBrokenPosition()).isEqualTo(position);
        assertThat(verification.verifiedThroughPosition()).isEqualTo(position - 1);
    }
}
