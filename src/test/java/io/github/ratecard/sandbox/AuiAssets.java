package io.github.ratecard.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;

/**
 * AUI and the jQuery it runs on, as the build unpacks them from the npm registry into target/aui
 * (pom.xml, {@code aui.version}). Jira puts AUI ({@code com.atlassian.auiplugin:ajs}) on every page;
 * the sandbox serves it under the same module keys. Without the download the sandbox runs unstyled.
 */
final class AuiAssets {

    static final String AUI_MODULE = "com.atlassian.auiplugin:ajs";
    static final String JQUERY_MODULE = "com.atlassian.plugins.jquery:jquery";
    static final String AUI_URL = "/download/resources/" + AUI_MODULE + "/";
    static final String JQUERY_URL = "/download/resources/" + JQUERY_MODULE + "/";

    private final Path folder;

    AuiAssets(Path folder) {
        this.folder = folder;
    }

    /** Under {@code -Dratecard.sandbox.aui}, else target/aui of the working directory (Maven's project folder). */
    static AuiAssets fromSystemProperties() {
        return new AuiAssets(Paths.get(System.getProperty("ratecard.sandbox.aui", "target/aui")));
    }

    /** The folder AUI's CSS, JS, fonts and images are in. */
    Path auiDist() {
        return folder.resolve("aui/package/dist/aui");
    }

    /** The folder jQuery's builds are in. */
    Path jqueryDist() {
        return folder.resolve("jquery/package/dist");
    }

    boolean available() {
        return Files.isRegularFile(auiDist().resolve("aui-prototyping.css")) && Files.isRegularFile(auiDist().resolve("aui-prototyping.js"))
                && Files.isRegularFile(jqueryDist().resolve("jquery.min.js"));
    }

    /** One line for the sandbox's start: where AUI comes from, or that it is missing and why. */
    Optional<String> missingNotice() {
        if (available()) {
            return Optional.empty();
        }
        return Optional.of("AUI is missing under " + folder.toAbsolutePath() + " (the build downloads it from registry.npmjs.org): "
                + "pages show without Jira's styles.");
    }

    List<String> stylesheets() {
        return available() ? List.of(AUI_URL + "aui-prototyping.css") : List.of();
    }

    /** jQuery first: AUI's build expects it as the global {@code jQuery}, as Jira provides it. */
    List<String> scripts() {
        return available() ? List.of(JQUERY_URL + "jquery.min.js", AUI_URL + "aui-prototyping.js") : List.of();
    }
}
