package nl.contractledger.domain.tender;

import nl.contractledger.domain.region.SegmentId;

import java.util.Optional;
import java.util.Set;

/** The lots of a tender once it is awarded; empty while it is not (or does not exist). */
public interface TenderLookup {

    Optional<Set<SegmentId>> awardedLots(TenderId tenderId);
}
