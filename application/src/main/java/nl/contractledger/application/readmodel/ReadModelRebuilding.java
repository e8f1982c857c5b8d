package nl.contractledger.application.readmodel;

/** A read needs a read model that is being rebuilt, whose tables hold only part of the events until it is done. */
public class ReadModelRebuilding extends RuntimeException {

    public ReadModelRebuilding(String readModel) {
        super("read model '" + readModel + "' is being rebuilt from the first event and holds only part of them;"
                + " try again when it is done", null, false, false);
    }
}
