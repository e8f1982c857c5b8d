package nl.contractledger.application.web.conventions;

import nl.contractledger.application.support.ApiClient;
import nl.contractledger.application.support.Response;
import nl.contractledger.application.support.RunningApplication;
import nl.contractledger.application.support.hostile.ReadEndpoints;
import nl.contractledger.application.support.hostile.ReadEndpoints.ReadEndpoint;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever value a read gets in a query or path parameter, and whatever it accepts, the answer is the
 * resource or a 4xx problem with a code and no internals, never a 5xx. Every GET endpoint of the served OpenAPI
 * description, on the demo histories, each of its parameters in turn given each hostile value, the others their
 * demo value; each endpoint asked for every representation the API serves and some it does not. On each database:
 * what reaches a query (a NUL, an overlong text) must not fail in one database's SQL where the other takes it.
 */
abstract class HostileQueryContract extends OnTheDemoHistories {

    /** Values as they stand in the URL: some already percent-encoded (invalid UTF-8, a NUL, a right-to-left mark). */
    private static final List<String> ENCODED = List.of("%FF", "%C0%AF", "%00", "%E2%80%AE", "%2e%2e%2f%2e%2e");
    private static final List<String> PLAIN = List.of("", "-1", "0", "99999999999999999999", "abc", "1.5", "1e3", "NaN",
            "null", "[]", "2026-13-45", "2026-02-30T25:00:00Z", "2026-01-01", "2026-01-01T00:00:00Z",
            "-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "' OR 1=1 --",
            "tender", "REVISION", "a".repeat(3_000));
    private static final List<String> ACCEPTS = List.of("text/csv", "text/calendar", "application/pdf", "image/svg+xml",
            "text/html", "application/xml", "x/y", "*/*");
    private static final Map<String, String> DEMO = Map.ofEntries(Map.entry("regionId", "haaglanden"),
            Map.entry("segmentId", "hgl-s1"), Map.entry("contractId", "hgl-2027-s1-verblijf"), Map.entry("tenderId", "hgl-2027-s1"),
            Map.entry("revisionId", "hgl-rev-2027-1"), Map.entry("providerId", "hgl-dagbrug"), Map.entry("name", "timelines"),
            Map.entry("ocid", "ocds-xxxxxx-hgl-2027-s1"), Map.entry("year", "2027"), Map.entry("version", "1"));

    private ApiClient api;

    @Test
    void givenHostileValuesInEveryParameterOfEveryReadEndpoint_whenSent_thenEachAnswerIsTheResourceOrAProblemNeverA500()
            throws IOException {
        try (RunningApplication application = startedWithTheDemo()) {
            api = application.api();
            sendAndCheck();
        }
    }

    private void sendAndCheck() throws IOException {
        List<ReadEndpoint> endpoints = ReadEndpoints.of(api.anonymous().get("/v3/api-docs").json());
        Map<String, String> readers = readers();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (ReadEndpoint endpoint : endpoints) {
            String user = readers.getOrDefault(endpoint.template(), "auditor");
            for (String parameter : endpoint.pathParameters()) {
                for (String value : hostile()) {
                    sent++;
                    check(user, path(endpoint, parameter, value), null, failures);
                }
            }
            String path = path(endpoint, null, null);
            for (String parameter : endpoint.queryParameters()) {
                for (String value : hostile()) {
                    sent++;
                    check(user, path + "?" + parameter + "=" + value, null, failures);
                }
            }
            for (String accept : ACCEPTS) {
                sent++;
                check(user, path, accept, failures);
            }
        }
        System.out.printf("hostile queries: %d over %d read endpoints%n", sent, endpoints.size());
        assertThat(failures).isEmpty();
        assertThat(endpoints).as("the read endpoints were found").hasSizeGreaterThanOrEqualTo(30);
    }

    private void check(String user, String path, String accept, List<String> failures) {
        var call = staff().as(api, user);
        if (accept != null) {
            call.header("Accept", accept);
        }
        Response response = call.get(path);
        String wrong = wrongAbout(response);
        if (wrong != null && failures.size() < 30) {
            String body = response.body();
            failures.add("GET " + path.substring(0, Math.min(path.length(), 160)) + (accept == null ? "" : " Accept " + accept)
                    + "\n    → " + wrong + ": " + response.status() + " " + body.substring(0, Math.min(body.length(), 300)));
        }
    }

    private static String wrongAbout(Response response) {
        if (response.status() >= 500) {
            return "status " + response.status();
        }
        if (response.status() < 400) {
            return null;
        }
        return wrongAboutProblem(response);
    }

    private static List<String> hostile() {
        List<String> values = new ArrayList<>(ENCODED);
        PLAIN.forEach(value -> values.add(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return values;
    }

    /** The endpoint's path with the demo's values, but the hostile one for the parameter named (none when null). */
    private static String path(ReadEndpoint endpoint, String hostileParameter, String hostileValue) {
        String path = endpoint.template();
        for (String parameter : endpoint.pathParameters()) {
            String value = parameter.equals(hostileParameter) ? hostileValue : DEMO.getOrDefault(parameter, "x");
            path = path.replace("{" + parameter + "}", value);
        }
        return path;
    }

    /** Who may read each endpoint: the first role the access matrix lists for it. */
    private static Map<String, String> readers() throws IOException {
        Map<String, String> readers = new HashMap<>();
        try (InputStream in = HostileQueryContract.class.getResourceAsStream("/access-matrix.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length == 3 && columns[0].equals("GET")) {
                    readers.put(columns[1], columns[2].split(",")[0].toLowerCase());
                }
            }
        }
        return readers;
    }
}
