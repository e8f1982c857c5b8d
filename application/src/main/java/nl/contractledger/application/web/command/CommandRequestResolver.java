package nl.contractledger.application.web.command;

import jakarta.servlet.http.HttpServletRequest;
import nl.contractledger.application.command.MetaDataKeys;
import nl.contractledger.application.web.CorrelationIdFilter;
import nl.contractledger.application.web.problem.BadRequest;
import nl.contractledger.domain.shared.RecordableText;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import tools.jackson.databind.json.JsonMapper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves a {@link CommandRequest} argument from the request's headers and the authenticated user. */
@Component
public class CommandRequestResolver implements HandlerMethodArgumentResolver {

    /** A version in quotes ({@code "3"}), or a read's entity tag naming the day it described ({@code "3@2026-12-07"}). */
    private static final Pattern IF_MATCH = Pattern.compile("^(?:W/)?\"?(\\d{1,18})(?:@\\d{4}-\\d{2}-\\d{2})?\"?$");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[A-Za-z0-9_-]{8,100}$");

    private final JsonMapper json;

    CommandRequestResolver(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CommandRequest.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return new CommandRequest(
                actor(user),
                CorrelationIdFilter.current(request),
                expectedVersion(request.getHeader("If-Match")),
                idempotencyKey(request.getHeader("Idempotency-Key")),
                request.getMethod() + " " + request.getRequestURI(),
                json);
    }

    /**
     * The signed-in user's name, recorded as the actor of every event the command causes: present, at most
     * {@value MetaDataKeys#ACTOR_MAX_LENGTH} characters (the longest subject OpenID Connect allows a token) and text
     * the ledger can record. A bearer token's subject is not checked anywhere before; one without a subject signs in,
     * but names nobody to record.
     */
    private static String actor(Authentication user) {
        String name = user == null ? "anonymous" : user.getName();
        if (name == null || name.isBlank()) {
            throw new BadRequest("actor", "the signed-in user has no name to record as the actor: a bearer token must "
                    + "name its subject (sub)");
        }
        if (name.length() > MetaDataKeys.ACTOR_MAX_LENGTH) {
            throw new BadRequest("actor", "the signed-in user's name is " + name.length()
                    + " characters long; the ledger records an actor of at most " + MetaDataKeys.ACTOR_MAX_LENGTH);
        }
        return RecordableText.require(name, "actor");
    }

    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = IF_MATCH.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new BadRequest("If-Match", "If-Match must be a version in quotes, such as \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static String idempotencyKey(String key) {
        if (key == null) {
            return null;
        }
        if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new BadRequest("Idempotency-Key",
                    "Idempotency-Key must be 8 to 100 letters, digits, '-' or '_' (a UUID fits)");
        }
        return key;
    }
}
