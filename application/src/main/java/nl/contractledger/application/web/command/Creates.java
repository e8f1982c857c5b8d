package nl.contractledger.application.web.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A command handler that creates an aggregate: it answers {@code 201 Created} with the aggregate's {@code Location}
 * ({@link Answers#created}), and the served OpenAPI description says so instead of {@code 200}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Creates {
}
