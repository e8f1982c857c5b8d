package nl.contractledger.application.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedCredentialsTest {

    private final AtomicInteger hashChecks = new AtomicInteger();
    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hashChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
            User.withUsername("clerk").password(bcrypt.encode("secret")).roles("PROCUREMENT").build());
    private final VerifiedCredentials provider = new VerifiedCredentials(users, counting, Duration.ofMinutes(1));

    @Test
    void givenAVerifiedPassword_whenTheUserSignsInAgain_thenTheHashIsNotCheckedAgain() {
        assertThat(provider.authenticate(login("clerk", "secret")).isAuthenticated()).isTrue();
        assertThat(provider.authenticate(login("clerk", "secret")).getAuthorities()).extracting(Object::toString)
                .contains("ROLE_PROCUREMENT");

        assertThat(hashChecks).hasValue(1);
    }

    @Test
    void givenAVerifiedPassword_whenAnotherPasswordIsGiven_thenItIsCheckedAndRefused() {
        provider.authenticate(login("clerk", "secret"));

        assertThatThrownBy(() -> provider.authenticate(login("clerk", "guess"))).isInstanceOf(BadCredentialsException.class);
        assertThat(hashChecks).hasValue(2);
    }

    @Test
    void givenAVerifiedPassword_whenTheUserIsRemovedOrItsPasswordChanges_thenTheRememberedCheckNoLongerHolds() {
        provider.authenticate(login("clerk", "secret"));
        users.updateUser(User.withUsername("clerk").password(bcrypt.encode("renewed")).roles("PROCUREMENT").build());

        assertThatThrownBy(() -> provider.authenticate(login("clerk", "secret"))).isInstanceOf(BadCredentialsException.class);
        users.deleteUser("clerk");
        assertThatThrownBy(() -> provider.authenticate(login("clerk", "renewed"))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void givenAVerifiedPassword_whenTheRememberedTimeHasPassed_thenTheHashIsCheckedAgain() {
        VerifiedCredentials forgetful = new VerifiedCredentials(users, counting, Duration.ZERO);
        forgetful.authenticate(login("clerk", "secret"));
        forgetful.authenticate(login("clerk", "secret"));

        assertThat(hashChecks).hasValue(2);
    }

    private static UsernamePasswordAuthenticationToken login(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }
}
