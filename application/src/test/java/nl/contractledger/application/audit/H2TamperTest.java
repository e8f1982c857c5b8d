package nl.contractledger.application.audit;

import org.h2.jdbcx.JdbcDataSource;

import java.time.Duration;
import java.util.UUID;

class H2TamperTest extends TamperContract {

    @Override
    protected AuditBench newBench() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:tamper-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return new AuditBench(dataSource, "h2", Duration.ofSeconds(60));
    }
}
