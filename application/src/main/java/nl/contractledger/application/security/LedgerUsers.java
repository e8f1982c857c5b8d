package nl.contractledger.application.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The users who may sign in with HTTP Basic. The development users ({@code procurement},
 * {@code auditor}, {@code legal}, {@code admin}, each with its name as password) exist only on the
 * embedded database; anywhere else the application refuses to start with them.
 */
final class LedgerUsers {

    static final Set<String> DEVELOPMENT_NAMES = Set.of("procurement", "auditor", "legal", "admin");
    private static final Logger LOG = LoggerFactory.getLogger(LedgerUsers.class);

    private LedgerUsers() {
    }

    static List<UserDetails> from(SecurityProperties properties, String datasourceUrl, PasswordEncoder encoder) {
        boolean embedded = datasourceUrl != null && datasourceUrl.startsWith("jdbc:h2:");
        if (properties.developmentUsers() && !embedded) {
            throw new IllegalStateException("The development users exist only on the embedded H2 database; "
                    + "set ledger.security.development-users=false and configure ledger.security.users");
        }
        List<UserDetails> users = new ArrayList<>();
        if (properties.developmentUsers()) {
            LOG.warn("Development users procurement, auditor, legal and admin exist, each with its name as "
                    + "password. Never use this configuration for real data.");
            DEVELOPMENT_NAMES.forEach(name -> users.add(User.withUsername(name).password(encoder.encode(name))
                    .roles(name.toUpperCase(Locale.ROOT)).build()));
        }
        for (SecurityProperties.User user : properties.users()) {
            if (!embedded && DEVELOPMENT_NAMES.contains(user.name()) && encoder.matches(user.name(), user.passwordHash())) {
                throw new IllegalStateException("User " + user.name() + " has the development password; "
                        + "refusing to start outside the embedded database");
            }
            users.add(User.withUsername(user.name()).password(user.passwordHash())
                    .roles(user.roles().toArray(String[]::new)).build());
        }
        return users;
    }
}
