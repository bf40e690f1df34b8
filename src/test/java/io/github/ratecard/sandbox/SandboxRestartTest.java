package io.github.ratecard.sandbox;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SandboxRestartTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void restart_shouldKeepTheDataOfTheLastRun() throws Exception {
        SandboxConfig config = new SandboxConfig(0, folder.getRoot().toPath(), false, 500, 7);
        long id = logOneWorklogAndStop(config);

        Sandbox second = Sandbox.start(config);
        try {
            assertEquals(200, SandboxClient.anonymous(second).get("/sandbox/api/worklogs/" + id).statusCode());
        } finally {
            second.stop();
        }
    }

    @Test
    public void reset_shouldStartFromAFreshDemoStory() throws Exception {
        long id = logOneWorklogAndStop(new SandboxConfig(0, folder.getRoot().toPath(), false, 500, 7));

        Sandbox second = Sandbox.start(new SandboxConfig(0, folder.getRoot().toPath(), true, 500, 7));
        try {
            assertEquals(404, SandboxClient.anonymous(second).get("/sandbox/api/worklogs/" + id).statusCode());
        } finally {
            second.stop();
        }
    }

    private static long logOneWorklogAndStop(SandboxConfig config) throws Exception {
        Sandbox sandbox = Sandbox.start(config);
        try {
            return new ObjectMapper().readTree(SandboxClient.anonymous(sandbox).postJson("/sandbox/api/worklogs",
                    "{\"issue\":\"ACME-2\",\"author\":\"agent02\",\"started\":\"2026-11-04T08:00:00Z\",\"timeSpentSeconds\":900}").body())
                    .get("id").asLong();
        } finally {
            sandbox.stop();
        }
    }
}
