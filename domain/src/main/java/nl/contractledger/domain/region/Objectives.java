package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.Require;

import java.util.List;

/** A segment's objectives: a short list of sentences, none blank. */
final class Objectives {

    private Objectives() {
    }

    static List<String> of(List<String> objectives) {
        if (objectives == null) {
            return List.of();
        }
        if (objectives.size() > 50) {
            throw Require.invalid("objectives", "at most 50 objectives");
        }
        return objectives.stream().map(objective -> Require.text(objective, "objectives[]", 2000)).toList();
    }
}
