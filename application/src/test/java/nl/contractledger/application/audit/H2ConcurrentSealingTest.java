package nl.contractledger.application.audit;

import org.h2.jdbcx.JdbcDataSource;

import java.time.Duration;
import java.util.UUID;

class H2ConcurrentSealingTest extends ConcurrentSealingContract {

    @Override
    protected AuditBench newBench(Duration gapTimeout) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:sealing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return new AuditBench(dataSource, "h2", gapTimeout);
    }
}
