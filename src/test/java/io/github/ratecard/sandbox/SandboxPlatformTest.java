package io.github.ratecard.sandbox;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class SandboxPlatformTest {

    @Test
    public void describe_onTheTestClassPath_shouldNameTheJira10FlavourWithJersey2OnJetty9() {
        String description = SandboxPlatform.describe();

        assertTrue(description, description.matches("Jira 10\\.3 flavour \\(javax\\), Jersey 2\\.[0-9.]+ on Jetty 9\\.[0-9a-z.]+"));
    }
}
