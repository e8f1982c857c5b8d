package nl.contractledger.domain.tender;

import java.util.List;
import java.util.Optional;

/** The winners of a tender, each with the lot awarded to it, once it is awarded; empty while it is not (or does not exist). */
public interface TenderLookup {

    Optional<List<Winner>> awardedWinners(TenderId tenderId);
}
