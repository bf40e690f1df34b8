package io.github.ratecard.lint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.domain.InputLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Every field a refusal can name has a label ({@code ratecard.label.<field>}) in every language, so an
 * error on a page names the field as its form does. The fields are read from the code — the first
 * argument of {@code new InvalidInputException(…)} and {@code new ConflictException(…)}, a literal
 * between arguments of a statement that refuses, the literal last argument of the input helpers
 * ({@code required(value, "account")}) — and from the rows of the limits table.
 */
public class FieldLabelsTest {

    private static final Pattern CONSTRUCTED = Pattern.compile("new (?:InvalidInputException|ConflictException)\\(\\s*\"([^\"]+)\"");
    private static final Pattern BETWEEN_ARGUMENTS = Pattern.compile(",\\s*\"([A-Za-z][\\w-]*)\"\\s*,");
    private static final Pattern HELPER = Pattern.compile("\\b(?:required|date|requiredDate|enumValue|requiredEnum|money|signedMoney|currency|percent"
            + "|requireCount|keys|require|period|flag)\\([^;]*?,\\s*\"([A-Za-z][\\w-]*)\"\\)");

    @Test
    public void everyFieldNamedInARefusal_shouldHaveALabelInEveryLanguage() throws IOException {
        Set<String> fields = fieldsNamedInCode(Path.of("src/main/java"));
        for (InputLimits.Limit limit : InputLimits.Limit.values()) {
            Stream.of(limit.field().split(", ")).filter(field -> !field.contains(" ")).forEach(fields::add);
        }
        List<String> missing = new ArrayList<>();
        for (String bundle : List.of("ratecard.properties", "ratecard_de.properties")) {
            Properties texts = load(Path.of("i18n", bundle));
            fields.stream().filter(field -> !texts.containsKey("ratecard.label." + field)).forEach(field -> missing.add(bundle + ": " + field));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void scan_shouldFindTheFieldsOfEachKindOfRefusal() {
        Set<String> fields = new TreeSet<>();
        collect("throw new InvalidInputException(\"taxRatePercent\", \"bad\");", fields);
        collect("InvalidInputException.require(ok, \"customerName\", \"A customer name may have at most \" + max);", fields);
        collect("String key = Inputs.required(body.key(), \"accountKey\");", fields);
        assertEquals(Set.of("taxRatePercent", "customerName", "accountKey"), fields);
    }

    @Test
    public void scan_shouldFindManyFieldsInTheApp() throws IOException {
        assertTrue(fieldsNamedInCode(Path.of("src/main/java")).size() > 50);
    }

    private static Set<String> fieldsNamedInCode(Path root) throws IOException {
        Set<String> fields = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                collect(Files.readString(file), fields);
            }
        }
        return fields;
    }

    private static void collect(String code, Set<String> fields) {
        add(CONSTRUCTED.matcher(code), fields);
        for (String statement : code.split(";")) {
            if (statement.contains("InvalidInputException") || statement.contains("ConflictException")) {
                add(BETWEEN_ARGUMENTS.matcher(statement), fields);
            }
            add(HELPER.matcher(statement), fields);
        }
    }

    private static void add(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }
}
