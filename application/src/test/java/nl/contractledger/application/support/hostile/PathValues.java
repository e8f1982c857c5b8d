package nl.contractledger.application.support.hostile;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values for the path parameters of the command endpoints, taken from paths that were really called
 * (the demo histories), so that a generated request reaches an aggregate that exists.
 */
public final class PathValues {

    private final Map<String, List<String>> values = new HashMap<>();

    public PathValues(List<CommandEndpoint> endpoints, Iterable<String> calledPaths) {
        for (CommandEndpoint endpoint : endpoints) {
            Pattern template = Pattern.compile("^" + endpoint.template().replaceAll("\\{[^}]+}", "([^/]+)") + "$");
            for (String path : calledPaths) {
                Matcher matcher = template.matcher(path);
                if (matcher.matches()) {
                    for (int i = 0; i < endpoint.parameters().size(); i++) {
                        values.computeIfAbsent(endpoint.parameters().get(i), name -> new ArrayList<>()).add(matcher.group(i + 1));
                    }
                }
            }
        }
    }

    public static List<String> pathsOf(JsonNode steps) {
        List<String> paths = new ArrayList<>();
        steps.forEach(step -> paths.add(step.path("path").asString()));
        return paths;
    }

    String concrete(CommandEndpoint endpoint, Random random) {
        return concrete(endpoint, random, null, null);
    }

    /** The endpoint's path with a known value for each parameter, except {@code hostile} set to {@code value}. */
    String concrete(CommandEndpoint endpoint, Random random, String hostile, String value) {
        String path = endpoint.template();
        for (String parameter : endpoint.parameters()) {
            String chosen = parameter.equals(hostile) ? value : known(parameter, random);
            path = path.replace("{" + parameter + "}", chosen);
        }
        return path;
    }

    private String known(String parameter, Random random) {
        List<String> known = values.get(parameter);
        if (known == null || known.isEmpty()) {
            return switch (parameter) {
                case "year" -> "2027";
                case "name" -> random.nextBoolean() ? "contracts" : "timelines";
                default -> "zz-missing";
            };
        }
        return known.get(random.nextInt(known.size()));
    }
}
