package nl.contractledger.application.config;

import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;

/**
 * This process's name among the nodes that share the database ({@code pid@host}): the owner of its claims on the
 * processors' tokens, and the node a read model's rebuild names while it runs ({@code read_model_rebuild}).
 */
@Component
public class NodeName {

    private final String value = ManagementFactory.getRuntimeMXBean().getName();

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
