package nl.contractledger.application.admin;

import nl.contractledger.application.config.EventStoreConfig;
import nl.contractledger.application.config.NodeName;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.springboot.EventProcessorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Empties a read model and sets its tokens back to the start, for a rebuild from the first event. Its own
 * tables are emptied whole ({@code TRUNCATE}), which H2 commits at once, outside any transaction; so the
 * read model is first marked in {@code read_model_clearing}, with its tokens claimed and set back to the
 * start, and unmarked in the transaction that runs its reset handler (which deletes what it keeps in shared
 * tables). The tokens go back first: a read that waits for a position ({@code minPosition}) must not find
 * the read model at it while its tables are already empty. A mark found at start-up is a clearing that a
 * crash cut off: {@link #finishCutOff()} finishes it before the processors start, which then rebuild the
 * read model from the first event. With its tokens, the read model is marked as being rebuilt up to the head of
 * the store ({@link RebuildMarks}), for every node.
 */
@Component
public class ReadModelClearing {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelClearing.class);
    private static final Duration CLAIM_RETRY = Duration.ofMillis(500);

    private final ReadModelBeans readModels;
    private final TokenStore tokens;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final RebuildMarks rebuilds;
    private final EventProcessorProperties processors;
    private final NodeName node;

    ReadModelClearing(ReadModelBeans readModels, TokenStore tokens, TransactionTemplate transactions, JdbcClient jdbc,
                      RebuildMarks rebuilds, EventProcessorProperties processors, NodeName node) {
        this.readModels = readModels;
        this.tokens = tokens;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.rebuilds = rebuilds;
        this.processors = processors;
        this.node = node;
    }

    /** This node's rebuild of these read models has ended, done or not: the other nodes need not step aside any more. */
    void rebuildEnded(List<String> names) {
        rebuilds.ended(names, node.value());
    }

    /**
     * Clears the read model (its processor stopped) and sets its tokens back to the start; answers its token
     * segments, which stay claimed by this node. Its processors will rebuild it, wherever they run.
     */
    int[] clear(String name, List<AnnotationEventHandlerAdapter> handlers) {
        return clear(name, handlers, null);
    }

    /**
     * Clears the read model for this node's rebuild, as {@link #clear}, once the other nodes have released their claims
     * on its tokens. It is marked first, naming this node, for the other nodes to step aside ({@link RebuildsAcrossNodes});
     * the claim is tried again for as long as a claim of a node that died would hold, and fails if they still hold it.
     */
    int[] clearForRebuild(String name, List<AnnotationEventHandlerAdapter> handlers) {
        transactions.executeWithoutResult(status -> rebuilds.mark(name, node.value())); // before the claims: the others see it
        return clearOnceClaimed(name, handlers, node.value(), claimsExpiredBy())
                .orElseThrow(() -> new UnableToClaimTokenException("the tokens of read model " + name
                        + " stay claimed by another node; its rebuild did not start"));
    }

    private int[] clear(String name, List<AnnotationEventHandlerAdapter> handlers, String rebuiltBy) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a read model is cleared outside a transaction: TRUNCATE would commit it on H2");
        }
        int[] segments = transactions.execute(status -> {
            int[] claimed = claim(name);
            for (int segment : claimed) {
                tokens.storeToken(null, name, segment);
            }
            unmark(name); // a mark that the clearing of a crashed node left, if its start has not finished it yet
            jdbc.sql("INSERT INTO read_model_clearing (processor_name) VALUES (:name)").param("name", name).update();
            rebuilds.mark(name, rebuiltBy);
            return claimed;
        });
        for (String table : readModels.ownTables(name)) {
            jdbc.sql("TRUNCATE TABLE " + table).update();
        }
        transactions.executeWithoutResult(status -> {
            handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
            unmark(name);
        });
        return segments;
    }

    /**
     * Finishes every clearing that a crash cut off, releasing the tokens afterwards. The tokens may still be
     * claimed by the node that crashed, until its claims time out; a read model whose tokens stay claimed longer
     * is being cleared by another node that is alive, and is left to it. A mark of a read model that no longer
     * exists is removed.
     */
    public void finishCutOff() {
        for (String name : jdbc.sql("SELECT processor_name FROM read_model_clearing ORDER BY processor_name")
                .query(String.class).list()) {
            List<AnnotationEventHandlerAdapter> handlers;
            try {
                handlers = readModels.handlers(name);
            } catch (IllegalArgumentException gone) {
                LOG.warn("Read model {} was being cleared when the application stopped, and no longer exists", name);
                unmark(name);
                continue;
            }
            LOG.warn("Read model {} was being cleared when the application stopped: it is cleared now and rebuilt from the first event", name);
            clearOnceClaimed(name, handlers, null, claimsExpiredBy()).ifPresentOrElse(
                    segments -> Arrays.stream(segments).forEach(segment ->
                            transactions.executeWithoutResult(status -> tokens.releaseClaim(name, segment))),
                    () -> LOG.info("Read model {} is being cleared by another node", name));
        }
    }

    private static long claimsExpiredBy() {
        return System.nanoTime() + EventStoreConfig.TOKEN_CLAIM_TIMEOUT.plusSeconds(1).toNanos();
    }

    /** {@link #clear}, tried again while another node holds a claim on the tokens, until the deadline; empty then. */
    private Optional<int[]> clearOnceClaimed(String name, List<AnnotationEventHandlerAdapter> handlers, String rebuiltBy,
                                             long deadlineNanos) {
        while (true) {
            try {
                return Optional.of(clear(name, handlers, rebuiltBy));
            } catch (UnableToClaimTokenException claimed) {
                if (System.nanoTime() > deadlineNanos) {
                    return Optional.empty();
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(CLAIM_RETRY.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a read model's tokens", interrupted);
        }
    }

    private void unmark(String name) {
        jdbc.sql("DELETE FROM read_model_clearing WHERE processor_name = :name").param("name", name).update();
    }

    /**
     * Claims the read model's token segments; a read model whose processor has not made them yet (new, or its tokens
     * deleted by a migration) gets them as its processor would make them, as many as configured for it (one when none
     * is), and its processor then finds them.
     */
    private int[] claim(String name) {
        int[] segments = tokens.fetchSegments(name);
        if (segments.length == 0) {
            tokens.initializeTokenSegments(name, configuredSegments(name));
            segments = tokens.fetchSegments(name);
        }
        for (int segment : segments) {
            tokens.fetchToken(name, segment);
        }
        return segments;
    }

    private int configuredSegments(String name) {
        EventProcessorProperties.ProcessorSettings settings = processors.getProcessors().get(name);
        return settings == null || settings.getInitialSegmentCount() == null ? 1 : settings.getInitialSegmentCount();
    }
}
