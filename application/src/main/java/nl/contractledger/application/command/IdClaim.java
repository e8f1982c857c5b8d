package nl.contractledger.application.command;

/**
 * An id that must be unique beyond one aggregate — a segment id across regions, a KvK number
 * across providers — claimed in the transaction of the command that introduces it.
 */
public record IdClaim(String kind, String id) {

    String key() {
        return kind + ":" + id;
    }

    static IdClaim fromKey(String key) {
        int colon = key.indexOf(':');
        return new IdClaim(key.substring(0, colon), key.substring(colon + 1));
    }
}
