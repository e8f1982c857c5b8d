package nl.contractledger.application.config;

import nl.contractledger.application.readmodel.LocalProgress;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The read models' progress on this node, from their processors' own status. A pooled processor advances a segment's
 * status after the batch's transaction has committed, and at once for events none of its handlers takes; a segment
 * in error is left out.
 */
@Component
class ProcessorProgress implements LocalProgress {

    private final EventProcessingConfiguration processing;

    ProcessorProgress(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public Optional<TrackingToken> of(String readModel, int segment) {
        return processing.eventProcessor(readModel, StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().get(segment))
                .filter(status -> !status.isErrorState())
                .map(EventTrackerStatus::getTrackingToken);
    }
}
