package nl.contractledger.domain.shared;

import java.util.List;
import java.util.Map;

/**
 * Which commands each state of an aggregate accepts. Anything else is refused with
 * {@code STATE_CONFLICT}, naming the state and the commands it does accept.
 */
public final class Lifecycle<S extends Enum<S>> {

    private final String noun;
    private final Map<S, List<String>> allowed;

    public Lifecycle(String noun, Map<S, List<String>> allowed) {
        this.noun = noun;
        this.allowed = Map.copyOf(allowed);
    }

    public void require(S state, String command) {
        List<String> possible = allowed.getOrDefault(state, List.of());
        if (!possible.contains(command)) {
            throw new RuleViolation(ErrorCode.STATE_CONFLICT, null, command + " is not possible while the " + noun
                    + " is " + state + (possible.isEmpty() ? "" : "; possible now: " + String.join(", ", possible)),
                    Map.of("state", state.name(), "allowedCommands", possible));
        }
    }
}
