package nl.contractledger.application.support;

import nl.contractledger.application.ContractLedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The whole application started as its jar would start, on a given database, and stopped again. */
public final class RunningApplication implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningApplication(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static RunningApplication start(String... properties) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
        for (String property : properties) {
            arguments.add("--" + property);
        }
        if (Arrays.stream(properties).noneMatch(property -> property.startsWith("ledger.audit."))) {
            arguments.add("--ledger.audit.key-file=target/audit-keys/" + UUID.randomUUID() + ".properties");
        }
        return new RunningApplication(new SpringApplicationBuilder(ContractLedgerApplication.class)
                .run(arguments.toArray(String[]::new)));
    }

    public ApiClient api() {
        return new ApiClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    public JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    public org.springframework.context.ApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
