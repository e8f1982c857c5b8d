package nl.contractledger.projections.ocds.merge;

/** One step of a path into a release: a field of an object, or an object of an identifier-merged array. */
sealed interface PathStep permits PathStep.Field, PathStep.Item {

    /** A field of an object, by name. */
    record Field(String name) implements PathStep {
    }

    /**
     * An object of an array merged by identifier. Two items are the same object when their
     * identifiers are equal: the object's {@code id}, or a value of its own when it has none, so that
     * an object without {@code id} is always kept.
     *
     * @param identifier what the merge matches on
     * @param id         the object's own {@code id}, or null
     */
    record Item(Object identifier, tools.jackson.databind.JsonNode id) implements PathStep {
        @Override
        public boolean equals(Object other) {
            return other instanceof Item item && identifier.equals(item.identifier);
        }

        @Override
        public int hashCode() {
            return identifier.hashCode();
        }
    }
}
