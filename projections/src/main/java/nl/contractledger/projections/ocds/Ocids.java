package nl.contractledger.projections.ocds;

/**
 * The open contracting ids: the registered prefix, then the kind and id of the tender or contract the
 * process is named after ({@code ocds-xxxxxx-tender-hgl-2027-s1}), so a tender and a contract may share an id.
 */
record Ocids(String prefix) {

    String tender(String tenderId) {
        return prefix + "tender-" + tenderId;
    }

    String contract(String contractId) {
        return prefix + "contract-" + contractId;
    }
}
