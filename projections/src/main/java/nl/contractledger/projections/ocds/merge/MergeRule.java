package nl.contractledger.projections.ocds.merge;

/** The release schema's merge annotations. */
enum MergeRule {
    /** {@code omitWhenMerged}: the field is left out of compiled and versioned releases. */
    OMIT_WHEN_MERGED,
    /** {@code wholeListMerge}: a later array replaces the earlier one instead of merging by identifier. */
    WHOLE_LIST_MERGE,
    /** {@code versionId}: the field is an {@code id} whose values are versioned. */
    VERSION_ID
}
