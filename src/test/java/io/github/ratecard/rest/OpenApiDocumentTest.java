package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The OpenAPI document the app serves ({@code GET /openapi.json}), as the jar holds it (the Jakarta REST run reads the
 * Jira 11 jar's): one operation for every resource method found by reflection and nothing else, and for each who may
 * call it exactly as {@link PermissionMatrixTest}'s row says.
 */
public class OpenApiDocumentTest {

    private static final List<String> VERBS = List.of("get", "post", "put", "delete", "patch", "head", "options", "trace");

    private static JsonNode document;

    @BeforeClass
    public static void read() throws Exception {
        document = served();
    }

    static JsonNode served() throws Exception {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            assertTrue("the build writes " + OpenApiResource.DOCUMENT + " next to OpenApiResource", in != null);
            return RestFixture.JSON.readTree(in);
        }
    }

    @Test
    public void everyResourceMethod_shouldBeAnOperation_andNothingElse() throws Exception {
        Set<String> methods = new TreeSet<>();
        RestEndpoints.all().forEach(endpoint -> methods.add(endpoint.verb() + " " + endpoint.template()));

        assertEquals(methods, operations().keySet());
    }

    @Test
    public void everyOperation_shouldGiveEachRoleTheStatusThePermissionMatrixStates() {
        Map<String, Map<String, Integer>> matrix = new TreeMap<>(PermissionMatrixTest.restStatuses());
        Map<String, Map<String, Integer>> stated = new TreeMap<>();
        operations().forEach((endpoint, operation) -> {
            Map<String, Integer> access = new LinkedHashMap<>();
            operation.path(OpenApiGenerator.ACCESS).fields().forEachRemaining(role -> access.put(role.getKey(), role.getValue().asInt()));
            stated.put(endpoint, access);
        });

        assertEquals(matrix, stated);
    }

    @Test
    public void everyOperation_shouldNameAsCallersTheRolesTheMatrixDoesNotRefuse() {
        Map<String, Map<String, Integer>> matrix = PermissionMatrixTest.restStatuses();
        operations().forEach((endpoint, operation) -> {
            List<String> callers = new ArrayList<>();
            operation.path(OpenApiGenerator.CALLERS).forEach(role -> callers.add(role.asText()));
            assertEquals(endpoint, PermissionMatrixTest.callers(matrix.get(endpoint)), callers);
        });
    }

    @Test
    public void signedInCallers_shouldBeAllowedToReadTheDocument_butNotAnonymous() {
        assertEquals(List.of("agent", "lead", "finance", "admin", "guest"),
                PermissionMatrixTest.callers(PermissionMatrixTest.restStatuses().get("GET openapi.json")));
    }

    @Test
    public void everyOperation_shouldHaveItsOwnIdASummaryAndTheErrorAnswers() {
        Set<String> ids = new HashSet<>();
        operations().forEach((endpoint, operation) -> {
            assertTrue(endpoint + " has operationId " + operation.path("operationId"), ids.add(operation.path("operationId").asText()));
            assertFalse(endpoint + " has a summary", operation.path("summary").asText().isBlank());
            assertEquals(endpoint, "#/components/responses/Failed", operation.path("responses").path("500").path("$ref").asText());
        });
    }

    @Test
    public void refusals_shouldBeDescribedAsFieldLabelAndMessage() {
        JsonNode refusal = document.path("components").path("schemas").path("ErrorDocument").path("properties");
        List<String> fields = new ArrayList<>();
        refusal.fieldNames().forEachRemaining(fields::add);

        assertEquals(List.of("field", "label", "message"), fields);
        assertEquals("#/components/schemas/ErrorDocument", document.path("components").path("responses").path("Refused")
                .path("content").path("application/json").path("schema").path("$ref").asText());
    }

    @Test
    public void requestBodies_shouldBeDescribedByTheirJsonSchema() {
        JsonNode body = document.path("paths").path("/levels").path("post").path("requestBody").path("content").path("application/json");

        assertEquals("#/components/schemas/RequestBodies.LevelBody", body.path("schema").path("$ref").asText());
        assertTrue(document.path("components").path("schemas").path("RequestBodies.LevelBody").path("properties").has("name"));
    }

    /** "VERB path" (as the permission matrix writes it: {@code GET levels/{id}}) to the operation. */
    static Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String verb : VERBS) {
                if (path.getValue().has(verb)) {
                    operations.put(verb.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey().substring(1), path.getValue().get(verb));
                }
            }
        }
        return operations;
    }
}
