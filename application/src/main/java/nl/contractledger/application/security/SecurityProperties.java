package nl.contractledger.application.security;

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

    public record User(String name, String passwordHash, List<String> roles) {
    }
}
