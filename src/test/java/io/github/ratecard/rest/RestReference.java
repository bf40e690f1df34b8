package io.github.ratecard.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The REST reference's table of operations, written from the OpenAPI document: one row per operation in the document's
 * order (by path), with its query parameters, who may call it, its JSON body and answer, and its summary.
 */
final class RestReference {

    static final String BEGIN = "<!-- operations: written from the OpenAPI document (rest/RestReference, checked by rest/RestReferenceTest) -->";
    static final String END = "<!-- end of operations -->";

    private static final List<String> VERBS = List.of("get", "post", "put", "delete");
    private static final List<String> SIGNED_IN = List.of("agent", "lead", "finance", "admin", "guest");

    private RestReference() {
    }

    static String table(JsonNode document) {
        StringBuilder table = new StringBuilder("| method and path | who may call | JSON in → out | what it does |\n| --- | --- | --- | --- |\n");
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String verb : VERBS) {
                JsonNode operation = path.getValue().path(verb);
                if (!operation.isMissingNode()) {
                    table.append("| `").append(verb.toUpperCase(Locale.ROOT)).append(' ').append(path.getKey()).append(query(operation))
                            .append("` | ").append(callers(operation)).append(" | ").append(bodies(operation)).append(" | ")
                            .append(cell(operation.path("summary").asText())).append(" |\n");
                }
            }
        }
        return table.toString();
    }

    private static String query(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> {
            if (parameter.path("in").asText().equals("query")) {
                names.add(parameter.path("name").asText() + "=");
            }
        });
        return names.isEmpty() ? "" : "?" + String.join("&", names);
    }

    private static String callers(JsonNode operation) {
        List<String> callers = new ArrayList<>();
        operation.path(OpenApiGenerator.CALLERS).forEach(role -> callers.add(role.asText()));
        if (callers.size() == SIGNED_IN.size() + 1) {
            return "anyone, anonymous too";
        }
        if (callers.equals(SIGNED_IN)) {
            return "anyone signed in";
        }
        return callers.isEmpty() ? "nobody" : String.join(", ", callers);
    }

    private static String bodies(JsonNode operation) {
        String in = schema(operation.path("requestBody").path("content"));
        String out = schema(operation.path("responses").path("default").path("content"));
        return (in.isEmpty() ? "–" : in) + " → " + (out.isEmpty() ? "–" : out);
    }

    private static String schema(JsonNode content) {
        return name(content.path("application/json").path("schema"));
    }

    private static String name(JsonNode schema) {
        if (schema.has("$ref")) {
            return "`" + schema.path("$ref").asText().replace("#/components/schemas/", "") + "`";
        }
        if (schema.path("type").asText().equals("array")) {
            return "[" + name(schema.path("items")) + "]";
        }
        return schema.path("type").asText();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
