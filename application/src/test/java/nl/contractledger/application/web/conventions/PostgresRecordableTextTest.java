package nl.contractledger.application.web.conventions;

import nl.contractledger.application.support.PostgresPerClass;
import nl.contractledger.application.support.Staff;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PostgreSQL's text cannot hold U+0000: the ledger refuses it with the command, not in a read model afterwards. */
@Tag("postgres")
class PostgresRecordableTextTest extends RecordableTextContract {

    @RegisterExtension
    static final PostgresPerClass DATABASE = new PostgresPerClass();

    @Override
    protected String[] database() {
        return DATABASE.applicationProperties();
    }

    @Override
    protected Staff staff() {
        return Staff.CONFIGURED;
    }
}
