package nl.contractledger.application.security;

import nl.contractledger.application.web.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import static nl.contractledger.application.security.Roles.ADMIN;
import static nl.contractledger.application.security.Roles.AUDITOR;
import static nl.contractledger.application.security.Roles.LEGAL;
import static nl.contractledger.application.security.Roles.PROCUREMENT;

import java.time.Duration;

/**
 * Who may do what (API.md): PROCUREMENT all commands and reads; AUDITOR and LEGAL reads, history and
 * as-of; AUDITOR also the event feed, audit and exports; LEGAL also dossiers; ADMIN operations.
 * HTTP Basic always; bearer JWTs (with a {@code roles} claim) when an issuer is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, ObjectProvider<JwtDecoder> jwt)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
                        .requestMatchers("/api/admin/**", "/actuator/metrics", "/actuator/metrics/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/audit/checkpoints").hasAnyRole(AUDITOR, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/events", "/api/audit/**", "/api/ocds/**")
                        .hasAnyRole(AUDITOR, PROCUREMENT)
                        .requestMatchers(HttpMethod.GET, "/api/revisions/*/dossier", "/api/tenders/*/dossier")
                        .hasAnyRole(LEGAL, PROCUREMENT)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(PROCUREMENT, AUDITOR, LEGAL)
                        .requestMatchers("/api/**").hasRole(PROCUREMENT)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) ->
                        problems.write(response, HttpStatus.UNAUTHORIZED, "sign in to use the API")))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"contract-ledger\"");
                            problems.write(response, HttpStatus.UNAUTHORIZED, "sign in to use the API");
                        })
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(response, HttpStatus.FORBIDDEN, "your role does not allow this")));
        if (jwt.getIfAvailable() != null) {
            http.oauth2ResourceServer(server -> server.jwt(token -> token.jwtAuthenticationConverter(rolesClaim())));
        }
        return http.build();
    }

    /** Basic credentials are checked against their BCrypt hash once, then remembered for a short while. */
    @Bean
    AuthenticationProvider verifiedCredentials(UserDetailsService users, PasswordEncoder encoder,
                                               @Value("${ledger.security.remember-verified-credentials:PT1M}") Duration remember) {
        return new VerifiedCredentials(users, encoder, remember);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService users(SecurityProperties properties, PasswordEncoder encoder,
                             @Value("${spring.datasource.url:}") String datasourceUrl) {
        return new InMemoryUserDetailsManager(LedgerUsers.from(properties, datasourceUrl, encoder));
    }

    private static JwtAuthenticationConverter rolesClaim() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }
}
