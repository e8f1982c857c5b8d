package nl.contractledger.application.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Runs around every command inside its transaction: checks {@code If-Match} before the handler
 * sees the command and again against the events it applied, then, once the events are inserted,
 * records their global position, the {@code Idempotency-Key} and the ids the command claims ({@link IdClaim}) in the
 * same transaction.
 */
@Component
public class CommandReceiptInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();
    private final EventStore eventStore;
    private final EventPositions positions;
    private final IdempotencyStore idempotency;
    private final IdClaims idClaims;

    CommandReceiptInterceptor(EventStore eventStore, EventPositions positions, IdempotencyStore idempotency,
                              IdClaims idClaims) {
        this.eventStore = eventStore;
        this.positions = positions;
        this.idempotency = idempotency;
        this.idClaims = idClaims;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        MetaData metaData = command.getMetaData();
        String stream = targets.resolveTarget(command).getIdentifier();
        String answerId = (String) metaData.getOrDefault(MetaDataKeys.ANSWER_ID, stream);
        Long expected = (Long) metaData.get(MetaDataKeys.EXPECTED_VERSION);
        if (expected != null) {
            long current = currentVersion(stream);
            if (current != expected) {
                throw new VersionConflict(answerId, expected, current);
            }
        }
        chain.proceed();
        List<DomainEventMessage<?>> events = PublishedEvents.of(unitOfWork);
        if (!events.isEmpty() && events.get(0).getSequenceNumber() == 0 && currentVersion(stream) >= 0) {
            // refuse before inserting: a failed insert would leave a gap in the global index
            throw new AggregateStreamCreationException("the id " + answerId + " is already taken");
        }
        if (expected != null && !events.isEmpty() && events.get(0).getSequenceNumber() != expected + 1) {
            throw new VersionConflict(answerId, expected, events.get(0).getSequenceNumber() - 1);
        }
        long version = events.isEmpty() ? currentVersion(stream) : events.get(events.size() - 1).getSequenceNumber();
        IdClaim.of(command.getPayload()).forEach(claim -> idClaims.claim(claim, stream));
        CommandReceipt receipt = new CommandReceipt(answerId, version);
        unitOfWork.onPrepareCommit(committing -> {
            receipt.recordPosition(positions.positionOf(stream, version));
            String key = (String) metaData.get(MetaDataKeys.IDEMPOTENCY_KEY);
            if (key != null) {
                idempotency.save(key, (String) metaData.get(MetaDataKeys.REQUEST_HASH), stream, receipt.answer());
            }
        });
        return receipt;
    }

    private long currentVersion(String stream) {
        return eventStore.lastSequenceNumberFor(stream).orElse(-1L);
    }
}
