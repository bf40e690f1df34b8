package io.github.ratecard.lint;

import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;

public class MarkdownLinksTest {

    private static final Path FIXTURE = Paths.get("src/test/resources/markdown-fixture");
    private static final Path DOCS = Paths.get("src/docs");

    @Test
    public void theReadmeAndEveryDocument_shouldHaveOnlyRelativeLinksThatResolve() throws IOException {
        assertEquals(List.of(), new MarkdownLinks(projectMarkdown()).problems());
    }

    @Test
    public void theReadme_shouldLinkToEveryDocument() throws IOException {
        String readme = Files.readString(Paths.get("README.md"), StandardCharsets.UTF_8);
        for (Path document : documents()) {
            assertTrue("README.md does not link to " + document, readme.contains("](" + document.toString().replace('\\', '/')));
        }
    }

    @Test
    public void aLinkToAMissingFile_shouldBeReported() throws IOException {
        assertThat(fixtureProblems(), hasItem(startsWith(FIXTURE.resolve("README.md") + ":8: docs/missing.md — no such file")));
    }

    @Test
    public void aLinkToAMissingSection_shouldBeReported() throws IOException {
        assertThat(fixtureProblems(), hasItem(startsWith(FIXTURE.resolve("README.md") + ":8: docs/guide.md#build-and-test — no heading #build-and-test")));
    }

    @Test
    public void anAnchorMissingFromTheSameFile_shouldBeReported() throws IOException {
        assertThat(fixtureProblems(), hasItem(startsWith(FIXTURE.resolve("README.md") + ":9: #limits — no heading #limits")));
    }

    @Test
    public void aReferenceDefinitionToAMissingFile_shouldBeReported() throws IOException {
        assertThat(fixtureProblems(), hasItem(startsWith(FIXTURE.resolve("README.md") + ":17: docs/gone.md — no such file")));
    }

    @Test
    public void linksThatResolve_externalLinksAndCode_shouldNotBeReported() throws IOException {
        assertEquals(4, fixtureProblems().size());
    }

    @Test
    public void headings_shouldBeSluggedAsGitHubDoes() {
        assertEquals("the-ledger-every-worklog-priced-as-it-is-logged", MarkdownLinks.slug("The ledger: every worklog priced as it is logged"));
        assertEquals("rest-api", MarkdownLinks.slug("REST API"));
        assertEquals("what-ratecard-enforces-and-what-jira-enforces", MarkdownLinks.slug("What Ratecard enforces, and what Jira enforces"));
        assertEquals("xsrf--cross-site-requests", MarkdownLinks.slug("XSRF – cross-site requests"));
        assertEquals("adding-a-jira-api-declaration", MarkdownLinks.slug("Adding a [Jira API](x.md) declaration"));
        assertEquals("mvn--b--psandbox", MarkdownLinks.slug("`mvn -B -Psandbox`"));
    }

    @Test
    public void aRepeatedHeading_shouldGetANumberedAnchor() throws IOException {
        assertEquals(List.of("guide", "money-and-rounding", "setup", "setup-1"),
                new ArrayList<>(new MarkdownLinks(List.of()).anchorsOf(FIXTURE.resolve("docs/guide.md"))));
    }

    private static List<String> fixtureProblems() throws IOException {
        return new MarkdownLinks(List.of(FIXTURE.resolve("README.md"), FIXTURE.resolve("docs/guide.md"))).problems();
    }

    private static List<Path> projectMarkdown() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Paths.get("README.md"), Paths.get("src/provided/README.md")));
        files.addAll(documents());
        return files;
    }

    private static List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted().collect(Collectors.toList());
        }
    }
}
