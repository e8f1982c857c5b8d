package nl.contractledger.projections.dossier;

import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.projections.provider.ProviderNames;

/** How a one-line account of a step names providers and segments, each by its id where the name is not known. */
public interface StepNames extends ProviderNames {

    /** A segment by its number and name ({@code segment 1 "Jeugdhulp met verblijf"}), or by its id. */
    String segment(SegmentId segmentId);
}
