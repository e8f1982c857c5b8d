package nl.contractledger.application.admin;

/**
 * Where a running rebuild is: the position it has reached, the head it runs to, and its pace.
 *
 * @param failure why it stopped, or null
 */
public record RebuildProgress(String name, long position, long headPosition, long events, double eventsPerSecond,
                              boolean done, String failure) {
}
