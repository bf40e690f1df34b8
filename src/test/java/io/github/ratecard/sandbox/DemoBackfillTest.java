package io.github.ratecard.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ratecard.jobs.JobKind;
import io.github.ratecard.jobs.JobState;
import io.github.ratecard.jobs.LedgerJob;
import java.util.List;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A fresh sandbox prices its demo worklogs by the back-fill job, and its home page follows the job. */
public class DemoBackfillTest {

    private static final int WORKLOGS = 2_000;
    private static final int BATCH = 200;
    private static final long PAUSE_MILLIS = 200;
    private static final long TIMEOUT_MILLIS = 60_000;

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final ObjectMapper json = new ObjectMapper();
    private Sandbox sandbox;

    @After
    public void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @Test
    public void freshSandbox_shouldPriceEveryDemoWorklogInOneBackfillJob() throws Exception {
        sandbox = Sandbox.start(pricingConfig());

        JsonNode last = pollUntilDone(SandboxClient.anonymous(sandbox));

        List<LedgerJob> backfills = sandbox.jobs().recent(50).stream().filter(job -> job.kind() == JobKind.BACKFILL).toList();
        assertEquals(1, backfills.size());
        assertEquals(JobState.DONE, backfills.get(0).state());
        assertEquals(WORKLOGS, backfills.get(0).done());
        assertEquals(WORKLOGS, last.get("done").asLong());
    }

    @Test
    public void pricingProgress_shouldShowTheBackfillRunningAndThenDone() throws Exception {
        sandbox = Sandbox.start(pricingConfig());
        SandboxClient client = SandboxClient.anonymous(sandbox);

        JsonNode first = json.readTree(client.get(HomeServlet.PRICING).body());
        JsonNode last = pollUntilDone(client);

        assertTrue(first.get("running").asBoolean());
        assertEquals(WORKLOGS, first.get("total").asLong());
        assertTrue(first.get("done").asLong() < WORKLOGS);
        assertFalse(last.get("running").asBoolean());
        assertEquals(WORKLOGS, last.get("total").asLong());
    }

    private SandboxConfig pricingConfig() {
        return new SandboxConfig(0, folder.getRoot().toPath(), false, WORKLOGS, 42, true, true, SandboxDatabase.H2, "node-1", BATCH,
                PAUSE_MILLIS, null);
    }

    private JsonNode pollUntilDone(SandboxClient client) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        JsonNode answer = json.readTree(client.get(HomeServlet.PRICING).body());
        while (answer.get("running").asBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The demo back-fill did not finish: " + answer);
            }
            Thread.sleep(100);
            answer = json.readTree(client.get(HomeServlet.PRICING).body());
        }
        return answer;
    }
}
