package nl.contractledger.application.command;

/**
 * The result a command handler hands back through the command bus. The version is known when the
 * handler returns; the global position only once the events are inserted, just before the commit.
 */
final class CommandReceipt {

    private final String id;
    private final long version;
    private volatile Long position;

    CommandReceipt(String id, long version) {
        this.id = id;
        this.version = version;
    }

    void recordPosition(long position) {
        this.position = position;
    }

    CommandAnswer answer() {
        if (position == null) {
            throw new IllegalStateException("command " + id + " answered before its events were stored");
        }
        return new CommandAnswer(id, version, position);
    }
}
