package nl.contractledger.application.web.command;

import nl.contractledger.application.command.CommandAnswer;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/** The HTTP form of a command's answer: {@code 201} or {@code 200}, the body and {@code ETag: "version"}. */
public final class Answers {

    private Answers() {
    }

    public static ResponseEntity<CommandAnswer> created(String location, CommandAnswer answer) {
        return ResponseEntity.created(URI.create(location)).eTag(etag(answer.version())).body(answer);
    }

    public static ResponseEntity<CommandAnswer> ok(CommandAnswer answer) {
        return ResponseEntity.ok().eTag(etag(answer.version())).body(answer);
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
