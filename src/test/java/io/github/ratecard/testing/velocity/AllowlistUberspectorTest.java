package io.github.ratecard.testing.velocity;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.ratecard.web.AdminOverviewView;
import io.github.ratecard.web.PageText;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

public class AllowlistUberspectorTest {

    private static final Pattern ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([\\w.$, \\[\\];]*)\\)");

    @Test
    public void appClasses_shouldBeAllowedTheMethodsTheDescriptorLists() {
        Set<String> listed = Set.of("io.github.ratecard.web.AdminOverviewView#getVersion()");

        assertEquals(Optional.empty(), AllowlistUberspector.refusal(listed, AdminOverviewView.class, "getVersion", ""));
    }

    @Test
    public void appClasses_shouldBeRefusedAMethodTheDescriptorDoesNotList() {
        assertEquals(Optional.of("Method needs allowlisting: io.github.ratecard.web.AdminOverviewView#hashCode()"),
                AllowlistUberspector.refusal(AllowlistUberspector.DESCRIPTOR_METHODS, AdminOverviewView.class, "hashCode", ""));
    }

    @Test
    public void classesThatAreNotTheApps_shouldBeRefusedEvenWhenTheDescriptorListsThem() {
        Set<String> listed = AllowlistUberspector.allowlistOf("<atlassian-plugin><velocity-allowlist key=\"x\">"
                + "<method>java.lang.String#trim()</method>"
                + "<method>io.github.ratecard.testing.velocity.BundleI18n#getText(java.lang.String)</method>"
                + "</velocity-allowlist></atlassian-plugin>");

        assertEquals(2, listed.size());
        assertTrue(AllowlistUberspector.refusal(listed, String.class, "trim", "").isPresent());
        assertTrue(AllowlistUberspector.refusal(listed, BundleI18n.class, "getText", "java.lang.String").isPresent());
    }

    @Test
    public void theHostsI18nResolver_shouldBeRefusedToAnAppTemplate() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> render(new BundleI18n(() -> Locale.ENGLISH)));

        assertThat(refused.getMessage(), containsString("io.github.ratecard.testing.velocity.BundleI18n#getText(java.lang.String)"));
    }

    @Test
    public void theAppsPageText_shouldBeAllowedToAnAppTemplate() throws Exception {
        assertThat(render(new PageText(new BundleI18n(() -> Locale.ENGLISH))), containsString("Ratecard overview"));
    }

    @Test
    public void theDescriptorsAllowlist_shouldNameOnlyPublicMethodsOfTheAppsOwnClasses() throws Exception {
        assertFalse(AllowlistUberspector.DESCRIPTOR_METHODS.isEmpty());
        for (String entry : AllowlistUberspector.DESCRIPTOR_METHODS) {
            Matcher parts = ENTRY.matcher(entry);
            assertTrue("Not type#method(parameter types): " + entry, parts.matches());
            assertTrue("Not the app's own class: " + entry, AllowlistUberspector.isAppClass(parts.group(1)));
            Class<?> type = Class.forName(parts.group(1));
            assertTrue("Not a public class: " + entry, Modifier.isPublic(type.getModifiers()));
            assertTrue("No such public method: " + entry, Arrays.stream(type.getMethods()).anyMatch(
                    m -> m.getName().equals(parts.group(2)) && AllowlistUberspector.parameterList(m).equals(parts.group(3))));
        }
    }

    private static String render(Object i18n) throws Exception {
        StringWriter out = new StringWriter();
        new VelocityTemplateRenderer().render("templates/admin/overview.vm", Map.of("i18n", i18n, "view", new AdminOverviewView("1", "2", "3", "4", ""),
                "restBase", "/rest/ratecard/1.0"), out);
        return out.toString();
    }
}
