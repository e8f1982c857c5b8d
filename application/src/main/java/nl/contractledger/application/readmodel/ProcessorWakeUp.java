package nl.contractledger.application.readmodel;

/** Asks the read models' processors to look for new events now, instead of at their next round. */
@FunctionalInterface
public interface ProcessorWakeUp {

    void wakeProcessors();
}
