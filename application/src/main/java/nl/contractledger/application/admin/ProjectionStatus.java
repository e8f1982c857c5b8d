package nl.contractledger.application.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How far a read model (or process) has come: its position in the event store, how many events
 * it lags the head, whether it is replaying and how far (percent), its pace, and an error if it has one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectionStatus(String name, boolean running, long position, long headPosition, long lag,
                               boolean replaying, Double progressPercent, Double eventsPerSecond, String error,
                               long deadLetters) {
}
