package io.github.ratecard.lint;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.Test;

public class Velocity16LintTest {

    private static final Path FIXTURE = Paths.get("src/test/resources/lint-fixture/velocity17");

    @Test
    public void theAppsTemplates_shouldUseOnlyWhatJirasVelocity16Knows() throws Exception {
        Velocity16Lint target = new Velocity16Lint(List.of(Paths.get("src/main/resources/templates"), Paths.get("src/test/resources/sandbox/templates")));

        assertEquals(List.of(), target.problems());
    }

    @Test
    public void fixture_shouldReportEveryVelocity17ConstructWithItsLine() throws Exception {
        assertEquals(List.of(
                "page.vm:10 uses a block macro call #@…, Velocity 1.7",
                "page.vm:3 uses $bodyContent, the body of a Velocity 1.7 block macro",
                "page.vm:6 uses $foreach, the loop scope of Velocity 1.7 (use $velocityCount or $velocityHasNext)",
                "page.vm:7 uses #break with a scope, Velocity 1.7 (Velocity 1.6 ignores the scope and leaves the innermost #foreach)",
                "page.vm:7 uses $foreach, the loop scope of Velocity 1.7 (use $velocityCount or $velocityHasNext)"),
                new Velocity16Lint(List.of(FIXTURE)).problems());
    }
}
