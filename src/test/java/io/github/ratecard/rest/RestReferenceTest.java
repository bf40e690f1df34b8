package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;

/**
 * The REST reference's table of operations ({@code src/docs/rest-api.md}, between {@link RestReference#BEGIN} and
 * {@link RestReference#END}) is the one the OpenAPI document makes. When it is not, the expected text is in
 * {@code target/rest-api-operations.md}; {@code -Dratecard.rewriteDocs=true} writes it into the reference.
 */
public class RestReferenceTest {

    private static final Path REFERENCE = Path.of("src/docs/rest-api.md");

    @Test
    public void referenceTable_shouldBeTheOneTheOpenApiDocumentMakes() throws Exception {
        String reference = Files.readString(REFERENCE, StandardCharsets.UTF_8);
        int begin = reference.indexOf(RestReference.BEGIN);
        int end = reference.indexOf(RestReference.END);
        assertTrue(REFERENCE + " marks the table with " + RestReference.BEGIN + " and " + RestReference.END, begin >= 0 && end > begin);
        String actual = reference.substring(begin + RestReference.BEGIN.length() + 1, end);
        String expected = RestReference.table(OpenApiDocumentTest.served());

        if (!expected.equals(actual)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/rest-api-operations.md"), expected, StandardCharsets.UTF_8);
            if (Boolean.getBoolean("ratecard.rewriteDocs")) {
                Files.writeString(REFERENCE, reference.substring(0, begin + RestReference.BEGIN.length() + 1) + expected
                        + reference.substring(end), StandardCharsets.UTF_8);
                return;
            }
        }
        assertEquals(REFERENCE + "'s table of operations differs from the OpenAPI document's; the expected table is in"
                + " target/rest-api-operations.md (-Dratecard.rewriteDocs=true writes it)", expected, actual);
    }

    @Test
    public void operation_shouldBeARowWithItsQueryWhoMayCallItsBodiesAndSummary() throws Exception {
        String table = RestReference.table(OpenApiDocumentTest.served());

        assertTrue(table, table.contains("\n| `GET /openapi.json` | anyone signed in | – → – | The OpenAPI 3 document of the API"));
        assertTrue(table, table.contains("\n| `GET /accounts?status=&offset=&limit=` | finance | – → `Documents.PageOfDocuments.Account` |"));
        assertTrue(table, table.contains("\n| `POST /levels` | finance | `RequestBodies.LevelBody` → – | Creates a staff level (201, with the"
                + " level); a name already in use, in any letter case, is a conflict (409) |\n"));
    }
}
