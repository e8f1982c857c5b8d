package nl.contractledger.application.support;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Configured users for profiles without development users, with bcrypt hashes as in production. */
public final class TestUsers {

    public static final String CLERK = "clerk";
    public static final String REVIEWER = "reviewer";
    public static final String OPERATOR = "operator";
    public static final String COUNSEL = "counsel";
    public static final String PASSWORD = "correct-horse-battery";

    private TestUsers() {
    }

    public static String[] properties() {
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        return new String[]{
                "ledger.security.users[0].name=" + CLERK,
                "ledger.security.users[0].password-hash=" + hash,
                "ledger.security.users[0].roles[0]=PROCUREMENT",
                "ledger.security.users[1].name=" + REVIEWER,
                "ledger.security.users[1].password-hash=" + hash,
                "ledger.security.users[1].roles[0]=AUDITOR",
                "ledger.security.users[2].name=" + OPERATOR,
                "ledger.security.users[2].password-hash=" + hash,
                "ledger.security.users[2].roles[0]=ADMIN",
                "ledger.security.users[3].name=" + COUNSEL,
                "ledger.security.users[3].password-hash=" + hash,
                "ledger.security.users[3].roles[0]=LEGAL"};
    }
}
