package nl.contractledger.domain.tender;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.region.SegmentId;

/** A provider to whom a lot (a segment) is to be awarded. */
public record Winner(SegmentId segmentId, ProviderId providerId) {
}
