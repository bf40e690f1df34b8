package io.github.ratecard.rest;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the OpenAPI 3 document of {@code /rest/ratecard/1.0} from the compiled resource classes: swagger-core's JAX-RS
 * reader finds the paths, parameters and JSON bodies; this adds to each operation an id, the summary and description of
 * the method's Javadoc (read from the sources), the error answers, and who may call it as {@link PermissionMatrixTest}
 * states it ({@code x-ratecard-access}, {@code x-ratecard-callers}). The build runs it after the tests compile and
 * writes the document next to {@link OpenApiResource}, which serves it; the jar never holds swagger.
 */
public final class OpenApiGenerator {

    static final String ACCESS = "x-ratecard-access";
    static final String CALLERS = "x-ratecard-callers";
    static final String ROLES = "x-ratecard-roles";

    private static final Map<String, String> ROLE_WORDS = new LinkedHashMap<>();

    static {
        ROLE_WORDS.put("anonymous", "not signed in");
        ROLE_WORDS.put("agent", "signed in, may browse the projects and log work; no Ratecard permission");
        ROLE_WORDS.put("lead", "a project's lead, with View costs and Manage budgets in the projects they lead");
        ROLE_WORDS.put("finance", "a member of Ratecard's finance group");
        ROLE_WORDS.put("admin", "a Jira administrator (in a secure administrator session when calling from a browser)");
        ROLE_WORDS.put("guest", "signed in, may browse no project: a project is unknown to them");
    }

    private OpenApiGenerator() {
    }

    /** Arguments: the document to write, and the folder of the app's Java sources (for the Javadoc). */
    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[0]);
        Files.createDirectories(output.getParent());
        Files.writeString(output, Json.pretty(document(Path.of(args[1]))) + "\n", StandardCharsets.UTF_8);
    }

    static OpenAPI document(Path sources) throws Exception {
        Map<RestEndpoints.Endpoint, Method> methods = RestEndpoints.methods();
        Set<Class<?>> resources = new LinkedHashSet<>();
        methods.values().forEach(method -> resources.add(method.getDeclaringClass()));
        ModelConverters.getInstance().addConverter(new ModelResolver(Json.mapper(), new NestedTypeNames()));
        OpenAPI api = new Reader(new SwaggerConfiguration().openAPI(base()).prettyPrint(true)).read(resources);
        api.setComponents(errors(api.getComponents() == null ? new Components() : api.getComponents()));

        Javadocs javadocs = Javadocs.of(sources, resources);
        Map<String, Map<String, Integer>> matrix = PermissionMatrixTest.restStatuses();
        for (Map.Entry<RestEndpoints.Endpoint, Method> entry : methods.entrySet()) {
            RestEndpoints.Endpoint endpoint = entry.getKey();
            Method method = entry.getValue();
            Operation operation = operation(api, endpoint);
            operation.setOperationId(operationId(method));
            operation.addTagsItem(tag(method.getDeclaringClass()));
            Optional<Javadocs.Doc> doc = javadocs.of(method);
            // a method without Javadoc gets a stand-in, so that the sandbox still starts; OpenApiDocumentTest fails on it
            operation.setSummary(doc.map(Javadocs.Doc::summary).orElse(tag(method.getDeclaringClass()) + ": " + words(method.getName())));
            operation.setDescription(doc.filter(Javadocs.Doc::saysMore).map(Javadocs.Doc::text).orElse(null));
            // an endpoint without a row gets no statement of who may call it: PermissionMatrixTest and OpenApiDocumentTest fail
            Map<String, Integer> access = matrix.getOrDefault(endpoint.verb() + " " + endpoint.template(), Map.of());
            if (!access.isEmpty()) {
                operation.addExtension(ACCESS, access);
                operation.addExtension(CALLERS, PermissionMatrixTest.callers(access));
            }
            addErrors(operation, endpoint, access);
        }
        api.setPaths(sorted(api));
        for (Class<?> resource : resources) {
            api.addTagsItem(new Tag().name(tag(resource)).description(javadocs.of(resource).map(Javadocs.Doc::text).orElse(null)));
        }
        return api;
    }

    /** {@code ProjectAccountResource} is tagged {@code Project account}. */
    static String tag(Class<?> resource) {
        String words = words(resource.getSimpleName().replaceAll("Resource$", ""));
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String words(String camelCase) {
        return camelCase.replaceAll("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ").toLowerCase(Locale.ROOT)
                .replace("e invoice", "e-invoice").replace("open api", "OpenAPI");
    }

    private static OpenAPI base() {
        Info info = new Info().title("Ratecard REST API").version(StatusResource.API_VERSION)
                        .description("Cost and billing rates, the priced ledger, budgets, invoices, timesheets and insights of Ratecard"
                                + " for Jira Data Center. JSON in and out; every call that changes something takes only"
                                + " Content-Type: application/json. Amounts are strings (\"45.50\"), dates ISO (\"2026-03-01\"). Each"
                                + " operation's " + ACCESS + " gives the HTTP status each role of " + ROLES + " gets (the"
                                + " permission test's request for it), and " + CALLERS + " the roles it does not refuse (401, 403, or 404 where"
                                + " another role got through: hidden from them).");
        info.addExtension(ROLES, new LinkedHashMap<>(ROLE_WORDS));
        return new OpenAPI()
                .info(info)
                .addServersItem(new Server().url("/rest/ratecard/1.0").description("relative to Jira's base URL"))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("personalAccessToken"))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("personalAccessToken", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("a Jira personal access token")));
    }

    private static Components errors(Components components) {
        components.getSchemas().putAll(ModelConverters.getInstance().read(ErrorDocument.class));
        components.getSchemas().putAll(ModelConverters.getInstance().read(FailureDocument.class));
        components.addResponses("Refused", refusal("Bad input: the field at fault by its name in the request (field) and on the"
                + " app's forms (label), and what is wrong (message), in the language of Accept-Language. Nothing was changed."));
        components.addResponses("NotSignedIn", refusal("Not signed in (or, for an administrator's browser session, no secure"
                + " administrator session)."));
        components.addResponses("Forbidden", refusal("Signed in, but without the permission this call needs."));
        components.addResponses("NotFound", refusal("An unknown id or key in the path, or a project the caller may not browse."));
        components.addResponses("Failed", new ApiResponse().description("An unexpected failure: Jira's log holds the details under"
                + " the reference.").content(json("FailureDocument")));
        return components;
    }

    private static ApiResponse refusal(String description) {
        return new ApiResponse().description(description).content(json("ErrorDocument"));
    }

    private static Content json(String schema) {
        return new Content().addMediaType("application/json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema)));
    }

    private static void addErrors(Operation operation, RestEndpoints.Endpoint endpoint, Map<String, Integer> access) {
        ApiResponses responses = operation.getResponses();
        ApiResponse success = responses.get("default");
        if (success != null) {
            success.setDescription("Success: 200, 201 for what a POST created, 202 for work started in the background");
        }
        boolean input = operation.getRequestBody() != null || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (input || access.containsValue(400)) {
            responses.addApiResponse("400", new ApiResponse().$ref("#/components/responses/Refused"));
        }
        if (access.containsValue(401)) {
            responses.addApiResponse("401", new ApiResponse().$ref("#/components/responses/NotSignedIn"));
        }
        if (access.containsValue(403)) {
            responses.addApiResponse("403", new ApiResponse().$ref("#/components/responses/Forbidden"));
        }
        if (endpoint.template().contains("{") || access.containsValue(404)) {
            responses.addApiResponse("404", new ApiResponse().$ref("#/components/responses/NotFound"));
        }
        responses.addApiResponse("500", new ApiResponse().$ref("#/components/responses/Failed"));
    }

    /** {@code LevelResource.list} is {@code levelList}: unique as long as a resource's method names are. */
    static String operationId(Method method) {
        String type = method.getDeclaringClass().getSimpleName().replaceAll("Resource$", "");
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + Character.toUpperCase(method.getName().charAt(0))
                + method.getName().substring(1);
    }

    private static Operation operation(OpenAPI api, RestEndpoints.Endpoint endpoint) {
        PathItem item = api.getPaths().get("/" + endpoint.template());
        Operation operation = item == null ? null : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(endpoint.verb()));
        if (operation == null) {
            throw new IllegalStateException("swagger's reader did not find " + endpoint);
        }
        return operation;
    }

    private static io.swagger.v3.oas.models.Paths sorted(OpenAPI api) {
        io.swagger.v3.oas.models.Paths paths = new io.swagger.v3.oas.models.Paths();
        new TreeMap<>(api.getPaths()).forEach(paths::addPathItem);
        return paths;
    }

    /** A schema's name is the class's name within the app's packages, with its enclosing class: {@code Documents.Level}. */
    private static final class NestedTypeNames extends TypeNameResolver {

        @Override
        protected String getNameOfClass(Class<?> type) {
            if (!type.getName().startsWith("io.github.ratecard.")) {
                return super.getNameOfClass(type);
            }
            StringBuilder name = new StringBuilder(type.getSimpleName());
            for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
                name.insert(0, outer.getSimpleName() + ".");
            }
            return name.toString();
        }
    }
}
