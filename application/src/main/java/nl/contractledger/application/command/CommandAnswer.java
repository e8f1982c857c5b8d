package nl.contractledger.application.command;

/**
 * What a command answers: the id it concerned, the aggregate's version (its last sequence number)
 * and the global position of its last event, usable as {@code minPosition} on reads.
 */
public record CommandAnswer(String id, long version, long position) {
}
