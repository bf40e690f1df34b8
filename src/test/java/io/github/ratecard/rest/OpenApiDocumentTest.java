package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The OpenAPI document the app serves ({@code GET /openapi.json}), as the jar holds it (the Jakarta REST run reads the
 * Jira 11 jar's): one operation for every resource method found by reflection and nothing else, for each who may
 * call it exactly as {@link PermissionMatrixTest}'s row says, and what it does in the words of the method's Javadoc: a
 * resource method without one fails the build.
 */
public class OpenApiDocumentTest {

    private static final List<String> VERBS = List.of("get", "post", "put", "delete", "patch", "head", "options", "trace");

    private static final Path SOURCES = Path.of("src/main/java");

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
    public void everyResourceMethod_shouldHaveAJavadocSummary() throws Exception {
        Map<RestEndpoints.Endpoint, Method> methods = RestEndpoints.methods();
        Javadocs javadocs = javadocs(methods);
        List<String> undocumented = new ArrayList<>();
        methods.forEach((endpoint, method) -> {
            if (javadocs.of(method).isEmpty()) {
                undocumented.add(method.getDeclaringClass().getSimpleName() + "." + method.getName() + " (" + endpoint + ")");
            }
        });

        assertEquals("resource methods without Javadoc, whose operations have only a stand-in summary: write above each, in one"
                + " sentence for the API's user, what the call does and answers", List.of(), undocumented);
    }

    @Test
    public void everyOperation_shouldBeSummarisedByTheFirstSentenceOfItsMethodsJavadoc() throws Exception {
        Map<RestEndpoints.Endpoint, Method> methods = RestEndpoints.methods();
        Javadocs javadocs = javadocs(methods);
        Map<String, JsonNode> operations = operations();
        methods.forEach((endpoint, method) -> {
            Optional<Javadocs.Doc> doc = javadocs.of(method);
            doc.ifPresent(javadoc -> assertEquals(endpoint.toString(), javadoc.summary(),
                    operations.get(endpoint.verb() + " " + endpoint.template()).path("summary").asText()));
        });
    }

    @Test
    public void operationWhoseJavadocIsOneSentence_shouldHaveNoDescriptionRepeatingIt() {
        JsonNode operation = document.path("paths").path("/accounts/{key}/projects").path("get");

        assertEquals("The projects that bill to the account", operation.path("summary").asText());
        assertTrue(operation.toString(), operation.path("description").isMissingNode());
    }

    @Test
    public void operationWhoseJavadocSaysMore_shouldBeDescribedByAllOfIt() {
        JsonNode operation = document.path("paths").path("/settings").path("put");

        assertEquals("Changes the fields given, in one transaction: a field refused refuses them all", operation.path("summary").asText());
        assertTrue(operation.path("description").asText(), operation.path("description").asText()
                .endsWith("refuses them all. The base currency can change only while no cost rate exists."));
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

    private static Javadocs javadocs(Map<RestEndpoints.Endpoint, Method> methods) throws Exception {
        Set<Class<?>> resources = new LinkedHashSet<>();
        methods.values().forEach(method -> resources.add(method.getDeclaringClass()));
        return Javadocs.of(SOURCES, resources);
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
