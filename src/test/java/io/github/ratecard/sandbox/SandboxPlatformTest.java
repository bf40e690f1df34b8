package io.github.ratecard.sandbox;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SandboxPlatformTest {

    @Test
    public void describe_onTheTestClassPath_shouldNameTheJira10FlavourWithItsJerseyAndJetty() {
        assertEquals("Jira 10.3 flavour (javax), Jersey 2.45 on Jetty 9.4.57.v20241219", SandboxPlatform.describe());
    }
}
