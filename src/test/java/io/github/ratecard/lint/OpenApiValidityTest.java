package io.github.ratecard.lint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

/** The OpenAPI document the jar serves is valid OpenAPI 3, as swagger-parser reads it back: no error, every reference found. */
public class OpenApiValidityTest {

    private static final String DOCUMENT = "/io/github/ratecard/rest/openapi.json";

    @Test
    public void servedDocument_shouldParseAsOpenApi3WithoutAMessage() throws Exception {
        SwaggerParseResult result = parse(served());

        assertEquals(List.of(), result.getMessages());
        assertNotNull(result.getOpenAPI());
        assertTrue(result.getOpenAPI().getOpenapi(), result.getOpenAPI().getOpenapi().startsWith("3."));
        assertEquals("/rest/ratecard/1.0", result.getOpenAPI().getServers().get(0).getUrl());
    }

    @Test
    public void documentReferringToASchemaItDoesNotHold_shouldBeReported() throws Exception {
        String broken = served().replace("\"ErrorDocument\" : {", "\"SomethingElse\" : {");

        assertTrue(String.valueOf(parse(broken).getMessages()), !parse(broken).getMessages().isEmpty());
    }

    private static SwaggerParseResult parse(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        return new OpenAPIV3Parser().readContents(json, null, options);
    }

    private static String served() throws Exception {
        try (InputStream in = OpenApiValidityTest.class.getResourceAsStream(DOCUMENT)) {
            assertNotNull("the build writes " + DOCUMENT, in);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
