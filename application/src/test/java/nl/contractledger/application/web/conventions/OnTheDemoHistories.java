package nl.contractledger.application.web.conventions;

import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.Staff;

import java.util.List;
import java.util.stream.Stream;

/** A suite run on the demo histories, on the database its subclass names, signed in as that database's staff. */
abstract class OnTheDemoHistories {

    /** What an answer must never show: a stack trace, a class or package name, SQL. */
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "at nl.", "at org.", "org.springframework",
            "java.lang", "SQL", "Caused by");

    /** The application's properties for the database under test. */
    protected abstract String[] database();

    protected abstract Staff staff();

    /** The application on the database, the demo histories loaded (their saga may still be at work). */
    final RunningApplication startedWithTheDemo() {
        return RunningApplication.start(Stream.concat(Stream.of(database()), Stream.of("ledger.demo.enabled=true"))
                .toArray(String[]::new));
    }

    /** What is wrong with a problem answer: its type, a missing code, or internals it shows; null when nothing. */
    static String wrongAboutProblem(Response response) {
        String type = response.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "not a problem: " + type;
        }
        if (response.code().isBlank()) {
            return "a problem without its code";
        }
        return INTERNALS.stream().filter(response.body()::contains).findFirst().map(leak -> "shows internals (" + leak + ")")
                .orElse(null);
    }
}
