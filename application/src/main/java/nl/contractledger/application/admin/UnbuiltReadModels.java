package nl.contractledger.application.admin;

import nl.contractledger.application.config.NodeName;
import nl.contractledger.application.readmodel.ReadModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A read model found at start-up without any token while the store holds events — its tokens deleted by a migration
 * that changed what it keeps (as {@code V17}–{@code V20} did for the timelines and {@code V22} for the tenders and
 * revision procedures), or a read model new in this version —
 * would otherwise be built by its processor from the first event, batch after batch, with its lists answering the part
 * built so far. Instead it is marked as being rebuilt just before the processors start ({@link ReadModelsAtStartUp},
 * {@link RebuildMarks}: its lists refuse on every node, its status shows it replaying), and once the application is
 * ready it is rebuilt in the background as an administrator's rebuild does ({@link ProjectionRebuild}), several
 * together from one read of the store. Processes are never rebuilt: they would send their commands again. Of nodes
 * started at the same time, the one that takes the read model first rebuilds it ({@link RebuildMarks#take}); the
 * others leave it to that node, and their processors step aside while it does ({@link RebuildsAcrossNodes}).
 */
@Component
class UnbuiltReadModels {

    private static final Logger LOG = LoggerFactory.getLogger(UnbuiltReadModels.class);

    private final ObjectProvider<ProjectionAdmin> admin;
    private final JdbcClient jdbc;
    private final ReadModels positions;
    private final RebuildMarks marks;
    private final TransactionTemplate transactions;
    private final NodeName node;
    private volatile List<String> found = List.of();

    UnbuiltReadModels(ObjectProvider<ProjectionAdmin> admin, JdbcClient jdbc, ReadModels positions, RebuildMarks marks,
                      TransactionTemplate transactions, NodeName node) {
        this.admin = admin;
        this.jdbc = jdbc;
        this.positions = positions;
        this.marks = marks;
        this.transactions = transactions;
        this.node = node;
    }

    /** Finds the read models without any token on a store with events and marks them; answers their names. */
    List<String> mark() {
        long head = positions.head();
        if (head == 0) {
            found = List.of();
            return found;
        }
        Set<String> withTokens = Set.copyOf(jdbc.sql("SELECT DISTINCT processor_name FROM token_entry").query(String.class).list());
        found = admin.getObject().names().stream()
                .filter(name -> !ProjectionAdmin.isProcess(name) && !withTokens.contains(name)).toList();
        for (String name : found) {
            LOG.info("Read model {} has no tokens while the store holds events up to position {} (set back by a migration, "
                    + "or new): it is rebuilt from the first event once the application has started", name, head);
            transactions.executeWithoutResult(status -> marks.markUnlessRebuiltElsewhere(name, node.value()));
        }
        return found;
    }

    /**
     * Starts the rebuild of the read models found unbuilt at start-up, together, in the background: of those that
     * another node, started at the same time, has not taken for its own rebuild already.
     */
    @EventListener(ApplicationReadyEvent.class)
    void rebuild() {
        List<String> unbuilt = found;
        found = List.of();
        List<String> taken = unbuilt.stream().filter(name -> marks.take(name, node.value())).toList();
        if (taken.size() < unbuilt.size()) {
            Map<String, String> elsewhere = marks.rebuiltElsewhere(node.value());
            for (String name : unbuilt.stream().filter(name -> !taken.contains(name)).toList()) {
                if (elsewhere.containsKey(name)) {
                    LOG.info("Read model {} is rebuilt by node {}, started at the same time", name, elsewhere.get(name));
                } else {
                    LOG.info("Read model {} was caught up by its processors before its rebuild could start", name);
                }
            }
        }
        if (!taken.isEmpty()) {
            admin.getObject().replay(taken);
        }
    }
}
