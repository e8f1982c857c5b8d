package nl.contractledger.application.admin;

/**
 * Where a running rebuild is: the position it has reached, the head it runs to, and its pace.
 *
 * @param busySeconds how long the read model spent on its pages so far (handling their events and writing
 *                    them); of read models rebuilt together, the one with the most holds the others back
 * @param failure     why it stopped, or null
 */
public record RebuildProgress(String name, long position, long headPosition, long events, double eventsPerSecond,
                              double busySeconds, boolean done, String failure) {
}
