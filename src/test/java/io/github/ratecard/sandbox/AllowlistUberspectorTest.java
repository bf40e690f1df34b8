package io.github.ratecard.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.web.AdminOverviewView;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class AllowlistUberspectorTest {

    @Test
    public void appClasses_shouldNeedAnAllowlistEntry() {
        assertEquals(Optional.of("io.github.ratecard.web.AdminOverviewView#getVersion()"),
                AllowlistUberspector.allowlistKey(AdminOverviewView.class, "getVersion", ""));
    }

    @Test
    public void hostInterfaces_shouldBeCheckedUnderTheInterfacesName() {
        assertEquals(Optional.of("com.atlassian.sal.api.message.I18nResolver#getText(java.lang.String)"),
                AllowlistUberspector.allowlistKey(SandboxI18n.class, "getText", "java.lang.String"));
    }

    @Test
    public void jdkTypesAndTheSandboxesOwnPages_shouldNotBeChecked() {
        assertEquals(Optional.empty(), AllowlistUberspector.allowlistKey(String.class, "length", ""));
        assertEquals(Optional.empty(), AllowlistUberspector.allowlistKey(SandboxStore.ProjectSummary.class, "key", ""));
    }

    @Test
    public void theDescriptorsAllowlist_shouldCoverWhatTheOverviewTemplateCalls() throws Exception {
        StringWriter out = new StringWriter();
        new VelocityTemplateRenderer().render("templates/admin/overview.vm",
                Map.of("i18n", new SandboxI18n(() -> Locale.ENGLISH), "view", new AdminOverviewView("1", "2", "3")), out);

        assertTrue(out.toString().contains("ratecard-version"));
    }

    @Test
    public void aMethodMissingFromTheAllowlist_shouldBeRefused() {
        assertThrows(IllegalStateException.class, () -> AllowlistUberspector.check(AdminOverviewView.class, "hashCode", "", null));
    }
}
