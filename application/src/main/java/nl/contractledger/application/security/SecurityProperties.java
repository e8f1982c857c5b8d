package nl.contractledger.application.security;

import nl.contractledger.application.command.MetaDataKeys;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code ledger.security}: whether the four development users exist (embedded database only) and the
 * configured users, each with a bcrypt password hash and its roles.
 */
@ConfigurationProperties("ledger.security")
public record SecurityProperties(boolean developmentUsers, List<User> users) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** A configured user; one without a name, a password hash or a role of API.md stops the start, naming it. */
    public record User(String name, String passwordHash, List<String> roles) {

        public User {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("ledger.security.users: a user has no name");
            }
            if (name.length() > MetaDataKeys.ACTOR_MAX_LENGTH) {
                throw new IllegalArgumentException("ledger.security.users: user '" + name.substring(0, 20) + "…' has a name"
                        + " longer than " + MetaDataKeys.ACTOR_MAX_LENGTH + " characters, the longest actor the ledger records");
            }
            if (passwordHash == null || passwordHash.isBlank()) {
                throw new IllegalArgumentException("ledger.security.users: user '" + name + "' has no password-hash");
            }
            if (roles == null || roles.isEmpty()) {
                throw new IllegalArgumentException("ledger.security.users: user '" + name + "' has no roles");
            }
            roles = List.copyOf(roles);
            for (String role : roles) {
                if (!Roles.ALL.contains(role)) {
                    throw new IllegalArgumentException("ledger.security.users: user '" + name + "' has the unknown role '"
                            + role + "' (known: " + String.join(", ", Roles.ALL) + ")");
                }
            }
        }
    }
}
