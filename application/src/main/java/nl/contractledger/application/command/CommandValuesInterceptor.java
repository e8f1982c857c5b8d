package nl.contractledger.application.command;

import nl.contractledger.domain.shared.CommandValues;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses a command that carries a date outside the ledger's window or text it cannot record ({@link CommandValues})
 * before anything else runs for it, whoever sends it: the REST API, a process or an import through the command
 * gateway.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CommandValuesInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        CommandValues.check(unitOfWork.getMessage().getPayload());
        return chain.proceed();
    }
}
