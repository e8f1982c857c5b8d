package nl.contractledger.application.command;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends a command on behalf of an HTTP request and answers {@code {id, version, position}}.
 * Repeats with a known {@code Idempotency-Key} answer from the store without writing. A write that
 * lost a race with another node is retried when the client did not pin a version, after a random
 * pause that doubles with each lost race, so that writers on two nodes stop colliding in step. A
 * command is answered only once its commit is in the database file ({@link CommitFlush}).
 */
@Component
public class LedgerCommands {

    static final int ATTEMPTS = 6;
    private static final long FIRST_PAUSE_MILLIS = 4;

    private final CommandGateway gateway;
    private final IdempotencyStore idempotency;
    private final CommitFlush flush;

    LedgerCommands(CommandGateway gateway, IdempotencyStore idempotency, CommitFlush flush) {
        this.gateway = gateway;
        this.idempotency = idempotency;
        this.flush = flush;
    }

    public CommandAnswer send(CommandContext context, String answerId, Object command) {
        Optional<CommandAnswer> earlier = earlierAnswer(context);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CommandAnswer answer;
        try {
            answer = sendWithRetries(context, answerId, command);
        } catch (RuntimeException refused) {
            // also after a refusal: some refusals are recorded (a late provider response) before they are answered;
            // a failing flush must not turn the refusal into another answer
            try {
                flush.awaitFlushed();
            } catch (RuntimeException flushFailed) {
                refused.addSuppressed(flushFailed);
            }
            throw refused;
        }
        flush.awaitFlushed();
        return answer;
    }

    private CommandAnswer sendWithRetries(CommandContext context, String answerId, Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                CommandReceipt receipt = gateway.sendAndWait(
                        GenericCommandMessage.asCommandMessage(command).andMetaData(metaData(context, answerId)));
                return receipt.answer();
            } catch (DuplicateKeyException raceOnIdempotencyKey) {
                return earlierAnswer(context).orElseThrow(() -> raceOnIdempotencyKey);
            } catch (ConcurrencyException lostRace) {
                if (context.expectedVersion() != null || attempt == ATTEMPTS) {
                    throw lostRace;
                }
                pauseAfterLostRace(attempt, lostRace);
            }
        }
    }

    /** At most 4, 8, 16, 32 and 64 ms: 124 ms in all before the sixth and last attempt. */
    private static void pauseAfterLostRace(int attempt, ConcurrencyException lostRace) {
        long longest = FIRST_PAUSE_MILLIS << (attempt - 1);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, longest + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw lostRace;
        }
    }

    private Optional<CommandAnswer> earlierAnswer(CommandContext context) {
        if (context.idempotencyKey() == null) {
            return Optional.empty();
        }
        return idempotency.find(context.idempotencyKey()).map(entry -> {
            if (!entry.requestHash().equals(context.requestHash())) {
                throw new IdempotencyKeyReused(context.idempotencyKey());
            }
            return entry.answer();
        });
    }

    private static Map<String, Object> metaData(CommandContext context, String answerId) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(MetaDataKeys.ACTOR, context.actor());
        metaData.put(MetaDataKeys.CORRELATION_ID, context.correlationId());
        metaData.put(MetaDataKeys.ANSWER_ID, answerId);
        if (context.expectedVersion() != null) {
            metaData.put(MetaDataKeys.EXPECTED_VERSION, context.expectedVersion());
        }
        if (context.idempotencyKey() != null) {
            metaData.put(MetaDataKeys.IDEMPOTENCY_KEY, context.idempotencyKey());
            metaData.put(MetaDataKeys.REQUEST_HASH, context.requestHash());
        }
        return metaData;
    }
}
