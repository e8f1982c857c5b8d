package nl.contractledger.application.reliability;

import nl.contractledger.domain.contract.FinancialConsequenceImposedEvent;
import nl.contractledger.domain.contract.KpiResultRecordedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KPI results a contract's stream holds, each with the version its command left: a result below
 * the target of {@link Fixture} is followed, in the same command, by the financial consequence.
 */
final class StoredResults {

    private StoredResults() {
    }

    /** Reads the whole stream (not from a snapshot), checking that its sequence runs 0, 1, 2, ... */
    static List<? extends DomainEventMessage<?>> stream(EventStore store, String contract) {
        List<? extends DomainEventMessage<?>> events = store.readEvents("contract:" + contract, 0).asStream().toList();
        assertThat(events).extracting(DomainEventMessage::getSequenceNumber).as(contract + ": contiguous sequence")
                .containsExactlyElementsOf(LongStream.range(0, events.size()).boxed().toList());
        return events;
    }

    /** {@code period@version} for each result in the stream. */
    static List<String> withTheVersionTheyLeft(List<? extends DomainEventMessage<?>> events) {
        List<String> results = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).getPayload() instanceof KpiResultRecordedEvent result) {
                int last = i;
                while (last + 1 < events.size() && !(events.get(last + 1).getPayload() instanceof KpiResultRecordedEvent)) {
                    last++;
                }
                results.add(result.period() + "@" + events.get(last).getSequenceNumber());
            }
        }
        return results;
    }

    /** Results below target whose consequence is missing: a command written in part. */
    static List<String> halfWritten(List<? extends DomainEventMessage<?>> events) {
        List<String> half = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).getPayload() instanceof KpiResultRecordedEvent result
                    && result.value().compareTo(BigDecimal.valueOf(Fixture.TARGET)) < 0
                    && (i + 1 == events.size() || !(events.get(i + 1).getPayload() instanceof FinancialConsequenceImposedEvent))) {
                half.add(result.period());
            }
        }
        return half;
    }

    static String period(String periodAtVersion) {
        return periodAtVersion.substring(0, periodAtVersion.indexOf('@'));
    }
}
