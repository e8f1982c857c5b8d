package nl.contractledger.projections.ocds;

import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** How a draft becomes a release of its process: the next id, a date later than the last, and the tags. */
final class Releasing {

    private Releasing() {
    }

    static OcdsProcess open(String ocid, String regionId, String subjectId) {
        OcdsProcess process = new OcdsProcess();
        process.ocid = ocid;
        process.regionId = regionId;
        process.subjectId = subjectId;
        return process;
    }

    /**
     * The release, and the process advanced past it. Its date is the instant the event was recorded, to the
     * millisecond, or a millisecond after the process's last release when that is later, so that release
     * dates strictly increase within a process.
     */
    static ObjectNode release(OcdsProcess process, Draft draft, Instant recordedAt, long position) {
        Instant date = recordedAt.truncatedTo(ChronoUnit.MILLIS);
        if (process.lastDate() != null) {
            Instant next = process.lastDate().plusMillis(1);
            date = date.isBefore(next) ? next : date;
        }
        String id = process.nextReleaseId();
        ObjectNode release = Json.object().put("ocid", process.ocid).put("id", id).put("date", date.toString());
        release.set("tag", Json.strings(draft.tags()));
        release.put("initiationType", "tender");
        release.setAll(draft.body());
        identify(process, release);
        draft.contractIds().forEach(contractId -> {
            OcdsProcess.Contract contract = process.contracts.get(contractId);
            if (contract != null) {
                contract.lastReleaseId = id;
            }
        });
        process.releases++;
        process.lastReleaseId = id;
        process.lastDate(date);
        process.lastPosition = position;
        return release;
    }

    /** Every release names the tender, and the award each contract stands on, as the schema requires. */
    private static void identify(OcdsProcess process, ObjectNode release) {
        if (release.get("tender") instanceof ObjectNode tender && !tender.has("id")) {
            release.set("tender", Json.object().put("id", process.subjectId).setAll(tender));
        }
        if (release.get("contracts") != null) {
            release.get("contracts").forEach(node -> {
                OcdsProcess.Contract contract = process.contracts.get(node.path("id").asString());
                if (!node.has("awardID") && contract != null) {
                    ((ObjectNode) node).put("awardID", contract.awardId);
                }
            });
        }
    }
}
