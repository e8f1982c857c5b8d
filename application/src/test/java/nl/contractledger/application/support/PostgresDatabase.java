package nl.contractledger.application.support;

import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A PostgreSQL database of its own for one test class, created on the server of
 * {@code LEDGER_TEST_PG_HOST}/{@code _PORT}/{@code _USER} (default 127.0.0.1:5432, postgres) and
 * dropped afterwards, so that leftovers of an earlier run never matter.
 */
public final class PostgresDatabase implements AutoCloseable {

    private static final String HOST = env("LEDGER_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("LEDGER_TEST_PG_PORT", "5432");
    private static final String USER = env("LEDGER_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("LEDGER_TEST_PG_PASSWORD", "");

    private final String name;
    private HikariDataSource pool;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    public static PostgresDatabase create() {
        String name = "ledger_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name);
        return new PostgresDatabase(name);
    }

    public String url() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    /** The properties that start the application in its {@code postgres} profile on this database, with a signing key. */
    public String[] applicationProperties(String... more) {
        String[] keys = TestAuditKeys.properties();
        String[] base = {"spring.profiles.active=postgres", "spring.datasource.url=" + url(),
                "spring.datasource.username=" + USER, "spring.datasource.password=" + PASSWORD, keys[0], keys[1]};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /** Runs a PostgreSQL client tool ({@code pg_dump}, {@code pg_restore}) against this database, failing when it fails. */
    public void run(String tool, String... arguments) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(tool, "-h", HOST, "-p", PORT, "-U", USER));
        command.add("--dbname=" + name);
        command.addAll(java.util.List.of(arguments));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", PASSWORD);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot run " + tool + " (a PostgreSQL client is needed)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A connection pool on this database, as the application has: a connection per statement would make
     * a server process per statement, which on a busy machine costs more than the statement.
     */
    public synchronized DataSource dataSource() {
        if (pool == null) {
            pool = new HikariDataSource();
            pool.setJdbcUrl(url());
            pool.setUsername(USER);
            pool.setPassword(PASSWORD);
            pool.setMaximumPoolSize(20);
            pool.setPoolName("test-" + name);
        }
        return pool;
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
        }
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        String admin = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
        try (Connection connection = DriverManager.getConnection(admin, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " refused: " + sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
