package nl.contractledger.application.command;

/** {@code If-Match} named a version the aggregate no longer (or not yet) has; nothing was written. */
public class VersionConflict extends RuntimeException {

    private final String id;
    private final long expectedVersion;
    private final long actualVersion;

    VersionConflict(String id, long expectedVersion, long actualVersion) {
        super(id + " is at version " + actualVersion + ", not at the expected version " + expectedVersion,
                null, false, false);
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
