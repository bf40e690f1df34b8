package io.github.ratecard.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AuiAssetsTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void unpackedAui_shouldBeOnEveryPageAfterTheJQueryItNeeds() throws Exception {
        AuiAssets target = new AuiAssets(unpacked());

        assertTrue(target.available());
        assertEquals(List.of("/download/resources/com.atlassian.auiplugin:ajs/aui-prototyping.css"), target.stylesheets());
        assertEquals(List.of("/download/resources/com.atlassian.plugins.jquery:jquery/jquery.min.js",
                "/download/resources/com.atlassian.auiplugin:ajs/aui-prototyping.js"), target.scripts());
        assertTrue(target.missingNotice().isEmpty());
    }

    @Test
    public void missingDownload_shouldLeaveThePagesUnstyledAndSaySo() {
        AuiAssets target = new AuiAssets(folder.getRoot().toPath().resolve("nothing"));

        assertFalse(target.available());
        assertEquals(List.of(), target.stylesheets());
        assertEquals(List.of(), target.scripts());
        assertTrue(target.missingNotice().orElseThrow().contains("registry.npmjs.org"));
    }

    @Test
    public void auiWithoutJQuery_shouldCountAsMissing() throws Exception {
        Path root = unpacked();
        Files.delete(root.resolve("jquery/package/dist/jquery.min.js"));

        assertFalse(new AuiAssets(root).available());
    }

    private Path unpacked() throws Exception {
        Path root = folder.getRoot().toPath();
        Path aui = Files.createDirectories(root.resolve("aui/package/dist/aui"));
        Files.writeString(aui.resolve("aui-prototyping.css"), ".aui-lozenge{}");
        Files.writeString(aui.resolve("aui-prototyping.js"), "");
        Files.writeString(Files.createDirectories(root.resolve("jquery/package/dist")).resolve("jquery.min.js"), "");
        return root;
    }
}
