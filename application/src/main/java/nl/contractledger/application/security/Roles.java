package nl.contractledger.application.security;

import java.util.List;

/** The roles of API.md. */
public final class Roles {

    public static final String PROCUREMENT = "PROCUREMENT";
    public static final String AUDITOR = "AUDITOR";
    public static final String LEGAL = "LEGAL";
    public static final String ADMIN = "ADMIN";

    /** Every role, in the order of API.md. */
    public static final List<String> ALL = List.of(PROCUREMENT, AUDITOR, LEGAL, ADMIN);

    private Roles() {
    }
}
