package io.github.ratecard.sandbox;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.Test;

public class SandboxCredentialsTest {

    @Test
    public void basic_shouldSignInAsTheNamedUserWhateverThePassword() {
        assertEquals(Optional.of(new SandboxCredentials("admin", false)), SandboxCredentials.parse(basic("admin:any:thing")));
    }

    @Test
    public void basicWithoutUserName_shouldBeRefused() {
        assertEquals(Optional.empty(), SandboxCredentials.parse(basic(":secret")));
        assertEquals(Optional.empty(), SandboxCredentials.parse("Basic not-base64!"));
    }

    @Test
    public void sandboxToken_shouldSignInAsItsUser() {
        assertEquals(Optional.of(new SandboxCredentials("lead", false)), SandboxCredentials.parse("Bearer sandbox-lead"));
    }

    @Test
    public void sandboxTokenWithFinance_shouldCarryTheFinanceGrant() {
        assertEquals(Optional.of(new SandboxCredentials("admin", true)), SandboxCredentials.parse("Bearer sandbox-admin+finance"));
    }

    @Test
    public void otherTokens_shouldBeRefused() {
        assertEquals(Optional.empty(), SandboxCredentials.parse("Bearer NjE0OTk5NjA2NDU2"));
        assertEquals(Optional.empty(), SandboxCredentials.parse("Bearer sandbox-"));
        assertEquals(Optional.empty(), SandboxCredentials.parse("Digest admin"));
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }
}
