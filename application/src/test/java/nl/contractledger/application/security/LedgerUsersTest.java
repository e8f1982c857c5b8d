package nl.contractledger.application.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerUsersTest {

    private static final String H2 = "jdbc:h2:file:./data/contract-ledger";
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
    private final PasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @Test
    void givenTheEmbeddedDatabase_whenDevelopmentUsersAreOn_thenTheFourUsersExistWithTheirRoles() {
        List<UserDetails> users = LedgerUsers.from(new SecurityProperties(true, List.of()), H2, encoder);

        assertThat(users).extracting(UserDetails::getUsername)
                .containsExactlyInAnyOrder("procurement", "auditor", "legal", "admin");
        UserDetails legal = users.stream().filter(user -> user.getUsername().equals("legal")).findFirst().orElseThrow();
        assertThat(legal.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_LEGAL");
        assertThat(encoder.matches("legal", legal.getPassword())).isTrue();
    }

    @Test
    void givenPostgres_whenDevelopmentUsersAreOn_thenTheApplicationRefusesToStart() {
        assertThatThrownBy(() -> LedgerUsers.from(new SecurityProperties(true, List.of()), POSTGRES, encoder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only on the embedded H2 database");
    }

    @Test
    void givenPostgres_whenAConfiguredUserHasTheDevelopmentPassword_thenTheApplicationRefusesToStart() {
        SecurityProperties.User admin = new SecurityProperties.User("admin", encoder.encode("admin"), List.of("ADMIN"));

        assertThatThrownBy(() -> LedgerUsers.from(new SecurityProperties(false, List.of(admin)), POSTGRES, encoder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("development password");
    }

    @Test
    void givenPostgres_whenUsersAreConfigured_thenOnlyTheyExist() {
        SecurityProperties.User clerk = new SecurityProperties.User("clerk", encoder.encode("s3cret-enough"),
                List.of("PROCUREMENT"));

        List<UserDetails> users = LedgerUsers.from(new SecurityProperties(false, List.of(clerk)), POSTGRES, encoder);

        assertThat(users).extracting(UserDetails::getUsername).containsExactly("clerk");
        assertThat(users.get(0).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_PROCUREMENT");
    }

    @Test
    void givenAConfiguredUserWithoutRoles_whenTheSettingsAreRead_thenTheStartStopsNamingTheUser() {
        assertThatThrownBy(() -> new SecurityProperties.User("clerk", encoder.encode("s3cret-enough"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user 'clerk' has no roles");
    }

    @Test
    void givenAConfiguredUserWithAMisspelledRole_whenTheSettingsAreRead_thenTheStartStopsNamingTheRole() {
        assertThatThrownBy(() -> new SecurityProperties.User("clerk", encoder.encode("s3cret-enough"), List.of("AUDITORS")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown role 'AUDITORS'");
    }

    @Test
    void givenAConfiguredUserWhoseNameIsLongerThanTheLedgerRecordsAsActor_whenTheSettingsAreRead_thenTheStartStops() {
        assertThat(new SecurityProperties.User("c".repeat(255), encoder.encode("s3cret-enough"), List.of("LEGAL")).name())
                .hasSize(255);
        assertThatThrownBy(() -> new SecurityProperties.User("c".repeat(256), encoder.encode("s3cret-enough"), List.of("LEGAL")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has a name longer than 255 characters");
    }

    @Test
    void givenAConfiguredUserWithoutAPasswordHash_whenTheSettingsAreRead_thenTheStartStopsNamingTheUser() {
        assertThatThrownBy(() -> new SecurityProperties.User("clerk", " ", List.of("LEGAL")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user 'clerk' has no password-hash");
    }
}
