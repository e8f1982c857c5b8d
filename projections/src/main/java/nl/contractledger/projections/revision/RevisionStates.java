package nl.contractledger.projections.revision;

import nl.contractledger.domain.revision.RevisionState;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A revision procedure's state on a business date (DOMAIN.md §3.5): as recorded, except that a finalised procedure is
 * {@code EFFECTIVE} from its effective date on. Like a contract's status, the date decides it, not an event.
 */
public final class RevisionStates {

    public static final String EFFECTIVE = "EFFECTIVE";

    /** Every state a reader may see and filter by, in the order of the lifecycle: {@code EFFECTIVE} follows {@code FINALISED}. */
    public static final List<String> ALL = Arrays.stream(RevisionState.values())
            .flatMap(state -> state == RevisionState.FINALISED ? Stream.of(state.name(), EFFECTIVE) : Stream.of(state.name()))
            .toList();

    private RevisionStates() {
    }

    /** Describes the revision for the business date {@code on}: its state then, and that date. */
    public static RevisionView describe(RevisionView revision, LocalDate on) {
        revision.stateOn = on;
        if (RevisionState.FINALISED.name().equals(revision.state) && !revision.effectiveOn.isAfter(on)) {
            revision.state = EFFECTIVE;
        }
        return revision;
    }
}
