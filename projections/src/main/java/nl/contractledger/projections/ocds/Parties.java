package nl.contractledger.projections.ocds;

import tools.jackson.databind.node.ObjectNode;

/** The parties section: an organisation with every role it has in the process. */
final class Parties {

    private final Names names;

    Parties(Names names) {
        this.names = names;
    }

    /** Gives the region the buyer's roles and puts it in the draft as party and buyer. */
    void buyer(Draft draft, OcdsProcess process, String regionId) {
        process.grant(regionId, "buyer");
        process.grant(regionId, "procuringEntity");
        draft.add("parties", party(process, regionId, names.region(regionId), null));
        draft.body().set("buyer", Json.reference(regionId, names.region(regionId)));
    }

    /** Gives the provider a role; when it is new, the draft repeats the party with all its roles. */
    void provider(Draft draft, OcdsProcess process, String providerId, String role) {
        if (process.grant(providerId, role)) {
            draft.add("parties", party(process, providerId, names.provider(providerId), names.kvk(providerId)));
        }
    }

    ObjectNode reference(String providerId) {
        return Json.reference(providerId, names.provider(providerId));
    }

    private static ObjectNode party(OcdsProcess process, String id, String name, String kvk) {
        ObjectNode party = Json.object().put("id", id).put("name", name);
        if (kvk != null) {
            party.set("identifier", Json.object().put("scheme", "NL-KVK").put("id", kvk).put("legalName", name));
        }
        party.set("roles", Json.strings(process.roles.get(id)));
        return party;
    }
}
