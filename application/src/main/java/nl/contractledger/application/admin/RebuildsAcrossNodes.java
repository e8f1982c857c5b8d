package nl.contractledger.application.admin;

import nl.contractledger.application.config.NodeName;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A read model is rebuilt by one node while the others go on serving. Every {@code ledger.read-models.rebuild-watch-every}
 * this node renews the marks of the rebuilds it runs ({@link RebuildMarks#alive}), and for every read model another
 * node is rebuilding, its processor releases its claims on the tokens and does not claim them again for
 * {@link #STEP_ASIDE}, so that the rebuild can claim them, however the claims were shared out, and keeps them. Once the
 * rebuild's node no longer renews its mark (the rebuild ended, or the node died), this node's processor claims as before.
 */
@Component
class RebuildsAcrossNodes {

    /** How long a processor leaves a read model's tokens to another node's rebuild after each look. */
    static final Duration STEP_ASIDE = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(RebuildsAcrossNodes.class);

    private final RebuildMarks marks;
    private final ProjectionRebuild rebuild;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final NodeName node;
    private final Set<Map.Entry<String, String>> steppedAside = new HashSet<>();

    RebuildsAcrossNodes(RebuildMarks marks, ProjectionRebuild rebuild, EventProcessingConfiguration processing, TokenStore tokens,
                        NodeName node) {
        this.marks = marks;
        this.rebuild = rebuild;
        this.processing = processing;
        this.tokens = tokens;
        this.node = node;
    }

    @Scheduled(fixedDelayString = "${ledger.read-models.rebuild-watch-every:1s}")
    void watch() {
        marks.alive(rebuild.underWay(), node.value());
        Map<String, String> elsewhere = marks.rebuiltElsewhere(node.value());
        elsewhere.forEach((name, other) -> processing.eventProcessor(name, StreamingEventProcessor.class)
                .filter(StreamingEventProcessor::isRunning)
                .ifPresent(processor -> stepAside(processor, other)));
        steppedAside.retainAll(elsewhere.entrySet());
    }

    private void stepAside(StreamingEventProcessor processor, String other) {
        for (int segment : tokens.fetchSegments(processor.getName())) {
            processor.releaseSegment(segment, STEP_ASIDE.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (steppedAside.add(Map.entry(processor.getName(), other))) {
            LOG.info("Read model {} is being rebuilt by node {}: this node's processor leaves its tokens to it meanwhile",
                    processor.getName(), other);
        }
    }
}
