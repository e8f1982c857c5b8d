package nl.contractledger.application.reliability;

import nl.contractledger.application.support.EventCount;
import nl.contractledger.application.support.ReadModelsReplayed;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What must hold after kills and restarts, checked on the application started again on the data:
 * every acknowledged command is stored once, an unanswered one once or not at all and never in part,
 * every read model equals a fresh replay, and the seals cover every event with the chain verifying.
 */
final class Survived {

    private Survived() {
    }

    /**
     * The properties plus what every start on the same data needs: one signing-key file, and a short wait
     * for a position left empty by a transaction the kill rolled back, before sealing passes it.
     */
    static String[] restartable(String[] database) {
        return restartable(database, newSigningKeyFile());
    }

    /** As {@link #restartable(String[])}, with a signing-key file shared with another database (a restore). */
    static String[] restartable(String[] database, String signingKeyFile) {
        String[] all = java.util.Arrays.copyOf(database, database.length + 2);
        all[database.length] = signingKeyFile;
        all[database.length + 1] = "ledger.audit.gap-timeout=2s";
        return all;
    }

    static String newSigningKeyFile() {
        return "ledger.audit.key-file=target/audit-keys/restartable-" + java.util.UUID.randomUUID() + ".properties";
    }

    /** Answers how many of the unanswered commands were stored. */
    static int assertNothingLost(RunningApplication application, Staff staff, List<String> contracts,
                                  Set<String> acknowledged, Set<String> unanswered) {
        EventStore store = application.bean(EventStore.class);
        Set<String> recorded = new HashSet<>();
        for (String contract : contracts) {
            List<? extends DomainEventMessage<?>> events = StoredResults.stream(store, contract);
            assertThat(StoredResults.halfWritten(events)).as(contract + ": commands written in part").isEmpty();
            List<String> results = StoredResults.withTheVersionTheyLeft(events).stream().map(StoredResults::period).toList();
            assertThat(results).as(contract + ": each result once").doesNotHaveDuplicates();
            results.forEach(period -> recorded.add(contract + " " + period));
        }
        assertThat(recorded).as("every acknowledged command is stored").containsAll(acknowledged);
        Set<String> extra = new HashSet<>(recorded);
        extra.removeAll(acknowledged);
        assertThat(unanswered).as("what is stored without an answer was in flight").containsAll(extra);

        ReadModelsReplayed.assertEqualToAFreshReplay(application, staff);
        assertSealedThroughTheHead(application, staff);
        return extra.size();
    }

    /** The sealer reaches the head, one seal per event, and the chain verifies. */
    static void assertSealedThroughTheHead(RunningApplication application, Staff staff) {
        long head = application.jdbc().sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode verification = staff.auditor(application.api()).get("/api/audit/verification").json();
            assertThat(verification.path("ok").asBoolean()).as(verification.toString()).isTrue();
            assertThat(verification.path("verifiedThroughPosition").asLong()).as(verification.toString()).isEqualTo(head);
        });
        assertThat(application.jdbc().sql("SELECT COUNT(*) FROM event_seal").query(Long.class).single())
                .as("one seal per event").isEqualTo(new EventCount(application.jdbc()).total());
    }
}
