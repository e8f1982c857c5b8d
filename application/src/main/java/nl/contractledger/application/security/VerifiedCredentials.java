package nl.contractledger.application.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic sends the password with every request, and checking a BCrypt hash takes about 100 ms
 * here: this provider checks it once and then remembers, for a short while, that this user gave this
 * password (by a SHA-256 of both, never the password itself). A remembered check holds only while the
 * user still exists with the same password hash, so a removed user or a changed password is checked again.
 */
final class VerifiedCredentials implements AuthenticationProvider {

    private static final int MAX_REMEMBERED = 10_000;

    private record Verified(String passwordHash, Authentication authentication, long until) {
    }

    private final DaoAuthenticationProvider delegate;
    private final UserDetailsService users;
    private final long rememberNanos;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedCredentials(UserDetailsService users, PasswordEncoder encoder, Duration remember) {
        this.users = users;
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(encoder);
        this.rememberNanos = remember.toNanos();
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        String key = digest(name, String.valueOf(authentication.getCredentials()));
        Verified known = verified.get(key);
        String currentHash = currentHash(name);
        if (known != null && known.until() > System.nanoTime() && known.passwordHash().equals(currentHash)) {
            return known.authentication();
        }
        Authentication result = delegate.authenticate(authentication);
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        if (currentHash != null) {
            verified.put(key, new Verified(currentHash, result, System.nanoTime() + rememberNanos));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String currentHash(String name) {
        try {
            UserDetails user = users.loadUserByUsername(name);
            return user.isEnabled() ? user.getPassword() : null;
        } catch (UsernameNotFoundException unknown) {
            return null;
        }
    }

    private static String digest(String name, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
