package nl.contractledger.projections.ocds;

/** The names releases give the regions, providers and segments they mention. */
interface Names {

    String region(String regionId);

    String provider(String providerId);

    /** The provider's KvK number, or null. */
    String kvk(String providerId);

    String segment(String segmentId);
}
