package nl.contractledger.application.web.command;

import nl.contractledger.application.command.CommandAnswer;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.time.LocalDate;

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

    /**
     * The entity tag of a read whose answer depends on the business day it describes as well as on the aggregate's
     * version ({@code "7@2026-12-07"}): a status read yesterday is not the answer of today, though the version is the
     * same. A command takes it as {@code If-Match} for its version.
     */
    public static String etag(long version, LocalDate describedOn) {
        return "\"" + version + "@" + describedOn + "\"";
    }
}
