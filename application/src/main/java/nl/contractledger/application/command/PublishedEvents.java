package nl.contractledger.application.command;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Remembers, per unit of work, the domain events a command applied, so its answer can name them. */
public final class PublishedEvents implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String RESOURCE = PublishedEvents.class.getName();

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            if (message instanceof DomainEventMessage<?> domainEvent && CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().root()
                        .<List<DomainEventMessage<?>>>getOrComputeResource(RESOURCE, key -> new ArrayList<>())
                        .add(domainEvent);
            }
            return message;
        };
    }

    static List<DomainEventMessage<?>> of(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrDefaultResource(RESOURCE, List.of());
    }
}
