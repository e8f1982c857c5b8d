package nl.contractledger.projections.ocds;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;

/**
 * What the export remembers of one contracting process between events: how many releases it has, the
 * roles of its parties (a release repeats all of a party's roles), its awards and its contracts. The
 * collections keep their order through the stored JSON, so a release lists roles in the order they came.
 */
public class OcdsProcess {

    public String ocid;
    public String regionId;
    /** The tender or contract the process is named after. */
    public String subjectId;
    public int releases;
    public String lastReleaseId;
    public String lastDate;
    /** {@link #lastDate} as an instant, while the process stays in memory (not stored: the text is). */
    private Instant lastInstant;
    public long lastPosition;
    public LinkedHashMap<String, LinkedHashSet<String>> roles = new LinkedHashMap<>();
    public LinkedHashSet<String> tenderers = new LinkedHashSet<>();
    public LinkedHashMap<String, Award> awards = new LinkedHashMap<>();
    public LinkedHashMap<String, Contract> contracts = new LinkedHashMap<>();
    public int tenderAmendments;
    /** The day the standstill period of the latest award decision ends. */
    public String standstillEndsOn;

    /** An award of a lot to a provider, or the award an open-house or bridging contract stands on. */
    public static class Award {
        public String segmentId;
        public String providerId;
        public String status;
        public LinkedHashSet<String> suppliers = new LinkedHashSet<>();
    }

    /** A contract of the process: its award, the release that last changed it, and its amendments. */
    public static class Contract {
        public String awardId;
        public String lastReleaseId;
        public int amendments;
        public boolean terminated;
        /** Each KPI's target and consequence, as agreed. */
        public LinkedHashMap<String, String> kpiNotes = new LinkedHashMap<>();
        /** Each KPI's latest result, with the consequence imposed for it. */
        public LinkedHashMap<String, String> kpiResults = new LinkedHashMap<>();
    }

    /** The date of the last release, or null before the first. */
    Instant lastDate() {
        if (lastInstant == null && lastDate != null) {
            lastInstant = Instant.parse(lastDate);
        }
        return lastInstant;
    }

    void lastDate(Instant date) {
        lastInstant = date;
        lastDate = date.toString();
    }

    /** The id the next release of the process will have. */
    String nextReleaseId() {
        return ocid + "-" + (releases + 1);
    }

    /** Gives the party a role; answers whether it is new, so that the release repeats the party. */
    boolean grant(String partyId, String role) {
        return roles.computeIfAbsent(partyId, ignored -> new LinkedHashSet<>()).add(role);
    }
}
