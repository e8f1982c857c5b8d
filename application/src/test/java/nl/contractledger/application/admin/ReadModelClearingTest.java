package nl.contractledger.application.admin;

import nl.contractledger.application.support.ApiTest;
import nl.contractledger.projections.timeline.TimelineProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.springboot.EventProcessorProperties;
import nl.contractledger.application.config.NodeName;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read model's own tables are emptied outside any transaction; its tokens must be back at the start before
 * the first of them is, or a read waiting for a position finds the read model at it with its tables empty.
 */
class ReadModelClearingTest extends ApiTest {

    private static final String READ_MODEL = TimelineProjection.PROCESSING_GROUP;

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ReadModelBeans readModels;
    @Autowired
    private TokenStore tokens;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private ProjectionRebuild rebuild;
    @Autowired
    private RebuildMarks rebuildMarks;
    @Autowired
    private EventProcessorProperties processorSettings;
    @Autowired
    private NodeName node;

    @Test
    void givenAReadModelPastItsFirstEvents_whenItIsCleared_thenItsTokensAreAtTheStartBeforeAnyOfItsTablesIsEmptied() {
        String region = unique("cleared");
        long position = api.as("procurement").post("/api/regions",
                "{\"id\": \"%s\", \"name\": \"R\", \"municipalities\": [\"Delft\"]}".formatted(region)).position();
        assertThat(api.as("procurement").get("/api/regions/" + region + "?minPosition=" + position).status()).isEqualTo(200);
        assertThat(api.as("procurement").get("/api/segments/" + region + "-s9/timeline?minPosition=" + position).status())
                .as("the timelines have handled the region's event").isEqualTo(404);
        List<String> tablesEmptied = new ArrayList<>();
        List<Long> tokensSetWhenEmptying = new ArrayList<>();
        JdbcClient watched = Mockito.mock(JdbcClient.class, invocation -> {
            if (invocation.getMethod().getName().equals("sql") && invocation.getArgument(0) instanceof String sql
                    && sql.startsWith("TRUNCATE")) {
                tablesEmptied.add(sql);
                tokensSetWhenEmptying.add(tokensSet());
            }
            try {
                return invocation.getMethod().invoke(jdbc, invocation.getArguments());
            } catch (InvocationTargetException failed) {
                throw failed.getCause();
            }
        });
        StreamingEventProcessor processor = processing.eventProcessor(READ_MODEL, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        try {
            new ReadModelClearing(readModels, tokens, transactions, watched, rebuildMarks, processorSettings, node).clear(READ_MODEL, readModels.handlers(READ_MODEL));
        } finally {
            rebuild.run(READ_MODEL);
        }

        assertThat(tablesEmptied).hasSameSizeAs(readModels.ownTables(READ_MODEL)).isNotEmpty();
        assertThat(tokensSetWhenEmptying).as("segments whose token was past the start").containsOnly(0L);
        assertThat(api.as("procurement").get("/api/segments/" + region + "-s9/timeline?minPosition=" + position).status())
                .as("rebuilt and started again").isEqualTo(404);
    }

    /** How many of the read model's segments have a token (null is the start). */
    private long tokensSet() {
        return jdbc.sql("SELECT COUNT(*) FROM token_entry WHERE processor_name = :name AND token IS NOT NULL")
                .param("name", READ_MODEL).query(Long.class).single();
    }
}
