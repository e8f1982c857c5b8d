package nl.contractledger.domain.tender;

/** What the court decided in summary proceedings against an award decision. */
public enum CourtRulingOutcome {
    /** The award decision stands. */
    UPHELD_AWARD,
    /** The bids must be evaluated again: the tender returns to evaluation. */
    REEVALUATE,
    /** The tender must be done again: this one is cancelled. */
    RETENDER
}
