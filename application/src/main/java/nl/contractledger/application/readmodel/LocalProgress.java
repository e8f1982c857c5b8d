package nl.contractledger.application.readmodel;

import org.axonframework.eventhandling.TrackingToken;

import java.util.Optional;

/**
 * Where this node's processor of a read model stands in a segment it holds: the token of the last event it has
 * handled and committed, or passed with nothing to do for it. Ahead of the stored token, which a processor writes
 * only with a batch it handled, or when it extends its claim (every few seconds) after events it had nothing to do
 * for; empty when this node does not hold the segment.
 */
@FunctionalInterface
public interface LocalProgress {

    Optional<TrackingToken> of(String readModel, int segment);
}
