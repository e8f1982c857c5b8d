package nl.contractledger.application.admin;

import nl.contractledger.projections.OwnTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The beans of a read model (a processing group): its event handlers as Axon invokes them, and its own tables. */
@Component
class ReadModelBeans {

    private final ApplicationContext context;
    private final org.axonframework.config.Configuration axon;

    ReadModelBeans(ApplicationContext context, org.axonframework.config.Configuration axon) {
        this.context = context;
        this.axon = axon;
    }

    /** The read model's event handlers; an {@link IllegalArgumentException} when it has none. */
    List<AnnotationEventHandlerAdapter> handlers(String name) {
        List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();
        for (Object bean : beans(name)) {
            Class<?> type = AopUtils.getTargetClass(bean);
            handlers.add(new AnnotationEventHandlerAdapter(bean, axon.parameterResolverFactory(), axon.handlerDefinition(type)));
        }
        if (handlers.isEmpty()) {
            throw new IllegalArgumentException("no event handlers in read model " + name);
        }
        return handlers;
    }

    /** The tables that only this read model writes. */
    List<String> ownTables(String name) {
        return beans(name).stream().filter(OwnTables.class::isInstance)
                .flatMap(bean -> ((OwnTables) bean).ownTables().stream()).toList();
    }

    private List<Object> beans(String name) {
        return context.getBeansWithAnnotation(ProcessingGroup.class).values().stream().filter(bean -> {
            ProcessingGroup group = AopUtils.getTargetClass(bean).getAnnotation(ProcessingGroup.class);
            return group != null && group.value().equals(name);
        }).toList();
    }
}
