package nl.contractledger.application.security;

/** The roles of API.md. */
public final class Roles {

    public static final String PROCUREMENT = "PROCUREMENT";
    public static final String AUDITOR = "AUDITOR";
    public static final String LEGAL = "LEGAL";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
