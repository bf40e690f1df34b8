package io.github.ratecard.rest;

import static org.junit.Assert.assertEquals;

import io.github.ratecard.domain.InputLimits.Limit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * The table of limits is complete and written down: every {@link Limit} has exactly one row in
 * {@link InputLimitsTableTest}, and {@code src/docs/limits.md} is the table those rows make (when
 * it is not, the expected file is written to {@code target/limits.md}).
 */
public class LimitsDocumentTest {

    private static final Path DOCUMENT = Path.of("src/docs/limits.md");

    @Test
    public void everyLimit_shouldHaveExactlyOneRowInTheTable() {
        List<Limit> tested = InputLimitsTableTest.rows().stream().map(InputLimitsTableTest.Row::limit).sorted().toList();

        assertEquals(Arrays.asList(Limit.values()), tested);
    }

    @Test
    public void limitsDocument_shouldBeTheTableOfTheRows() throws Exception {
        String expected = document(InputLimitsTableTest.rows());
        String actual = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/limits.md"), expected, StandardCharsets.UTF_8);
        }

        assertEquals("src/docs/limits.md differs from the table; the expected file is target/limits.md", expected, actual);
    }

    static String document(List<InputLimitsTableTest.Row> rows) {
        String table = rows.stream().sorted((a, b) -> a.limit().compareTo(b.limit()))
                .map(row -> "| " + String.join(" | ", row.limit().field(), row.limit().where(), value(row.limit().largest(), row.limit().unit()),
                        value(row.limit().smallestRefused(), row.limit().unit()), row.message().replace("|", "\\|")) + " |")
                .collect(Collectors.joining("\n"));
        return "# Input limits\n\n"
                + "Every limit of what a person or a REST client sends Ratecard, as `io.github.ratecard.domain.InputLimits` defines it.\n"
                + "`InputLimitsTableTest` sends each row's largest accepted and smallest refused value over HTTP; a refusal answers\n"
                + "400 (413 for the body) with `{\"field\", \"message\"}`. `LimitsDocumentTest` keeps this file equal to that table.\n\n"
                + "| field | where | largest accepted | smallest refused | message |\n"
                + "| --- | --- | --- | --- | --- |\n"
                + table + "\n";
    }

    private static String value(String value, String unit) {
        if (unit.equals("day")) {
            return value;
        }
        return unit.endsWith("years") ? value + " (" + unit + ")" : value + " " + unit;
    }
}
