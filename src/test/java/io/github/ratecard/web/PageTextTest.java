package io.github.ratecard.web;

import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.testing.velocity.BundleI18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;

public class PageTextTest {

    private static final Pattern I18N_PUT = Pattern.compile("\\.put\\(\\s*\"i18n\"\\s*,\\s*([^;]+);");

    @Test
    public void getText_shouldGiveTheWordsOfTheViewersLanguage() {
        assertEquals("Ratecard-\u00dcbersicht", new PageText(new BundleI18n(() -> Locale.GERMAN)).getText("ratecard.admin.overview.title"));
    }

    @Test
    public void everyTemplateContextTheAppBuilds_shouldGiveTemplatesTheirWordsAsPageText() throws Exception {
        List<String> puts = new ArrayList<>();
        for (Path file : javaFiles(Paths.get("src/main/java"))) {
            Matcher put = I18N_PUT.matcher(Files.readString(file));
            while (put.find()) {
                puts.add(file.getFileName() + ": " + put.group(1).trim());
            }
        }

        assertTrue("pages and the panel name their words i18n: " + puts, puts.size() >= 6);
        for (String put : puts) {
            assertThat(put, put.substring(put.indexOf(": ") + 2), startsWith("new PageText("));
        }
    }

    private static List<Path> javaFiles(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }
}
