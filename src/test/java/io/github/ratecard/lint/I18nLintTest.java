package io.github.ratecard.lint;

import static org.hamcrest.CoreMatchers.hasItem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.Test;

public class I18nLintTest {

    private static final Path FIXTURE = Paths.get("src/test/resources/lint-fixture");

    @Test
    public void theAppsOwnKeys_shouldAllExistInEveryLocaleAndAllBeUsed() throws Exception {
        I18nLint target = new I18nLint(Paths.get("atlassian-plugin.xml"),
                List.of(Paths.get("src/main/resources")),
                List.of(Paths.get("src/main/java")),
                Paths.get("i18n"));

        assertEquals(List.of(), target.problems());
    }

    @Test
    public void theAppsOwnKeys_shouldBeFoundInDescriptorTemplatesAndCode() throws Exception {
        I18nLint target = new I18nLint(Paths.get("atlassian-plugin.xml"),
                List.of(Paths.get("src/main/resources")),
                List.of(Paths.get("src/main/java")),
                Paths.get("i18n"));

        assertTrue(target.usedKeys().contains("ratecard.plugin.name"));
    }

    @Test
    public void brokenFixture_shouldReportAKeyMissingFromOneLocale() throws Exception {
        assertThat(brokenFixture().problems(),
                hasItem("Key ratecard.fixture.only.english is used but missing from ratecard_de.properties"));
    }

    @Test
    public void brokenFixture_shouldReportAKeyUsedOnlyInATemplateAndMissingEverywhere() throws Exception {
        List<String> problems = brokenFixture().problems();
        assertThat(problems, hasItem("Key ratecard.fixture.template.missing is used but missing from ratecard.properties"));
        assertThat(problems, hasItem("Key ratecard.fixture.template.missing is used but missing from ratecard_de.properties"));
    }

    @Test
    public void brokenFixture_shouldReportAKeyUsedOnlyInJavaAndMissing() throws Exception {
        assertThat(brokenFixture().problems(),
                hasItem("Key ratecard.fixture.java.missing is used but missing from ratecard.properties"));
    }

    @Test
    public void brokenFixture_shouldReportAnUnusedKey() throws Exception {
        assertThat(brokenFixture().problems(), hasItem("Key ratecard.fixture.unused in ratecard.properties is not used"));
    }

    @Test
    public void brokenFixture_shouldReportNonAsciiCharacters() throws Exception {
        assertThat(brokenFixture().problems(),
                hasItem("ratecard_de.properties:2 has a non-ASCII character; write it as a \\u escape"));
    }

    @Test
    public void brokenFixture_shouldAcceptKeysCoveredByADynamicPrefix() throws Exception {
        assertTrue(brokenFixture().problems().stream().noneMatch(p -> p.contains("ratecard.fixture.status.")));
    }

    private static I18nLint brokenFixture() {
        return new I18nLint(FIXTURE.resolve("atlassian-plugin.xml"),
                List.of(FIXTURE.resolve("templates")),
                List.of(FIXTURE.resolve("java")),
                FIXTURE.resolve("i18n"));
    }
}
