package io.github.ratecard.testing.velocity;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.velocity.exception.MethodInvocationException;
import org.junit.Test;

public class VelocityTemplateRendererTest {

    @Test
    public void loops_shouldCountInVelocityCountFromOneAsJiraDoes() throws Exception {
        assertEquals("1. a, 2. b, 3. c", render("velocity-fixture/counter.vm", Map.of("items", List.of("a", "b", "c"))));
    }

    @Test
    public void theLoopScopeOfVelocity17_shouldBeUnknownAsInJira() {
        assertThrows(MethodInvocationException.class,
                () -> render("velocity-fixture/foreach-scope.vm", Map.of("items", List.of("a", "b"))));
    }

    @Test
    public void plainReferences_shouldBeEscaped() {
        assertFalse(VelocityTemplateRenderer.HtmlEscaping.isHtmlReference("$view.summary"));
        assertFalse(VelocityTemplateRenderer.HtmlEscaping.isHtmlReference("$!{title}"));
        assertFalse(VelocityTemplateRenderer.HtmlEscaping.isHtmlReference("$html.summary"));
    }

    @Test
    public void referencesNamedHtml_shouldBePrintedAsTheyAre() {
        assertTrue(VelocityTemplateRenderer.HtmlEscaping.isHtmlReference("$bodyHtml"));
        assertTrue(VelocityTemplateRenderer.HtmlEscaping.isHtmlReference("$!{bodyHtml}"));
        assertTrue(VelocityTemplateRenderer.HtmlEscaping.isHtmlReference("$view.summaryHtml"));
        assertTrue(VelocityTemplateRenderer.HtmlEscaping.isHtmlReference("$view.getSummaryHtml()"));
    }

    @Test
    public void insertedValues_shouldHaveEveryHtmlSpecialCharacterEscaped() {
        Object escaped = new VelocityTemplateRenderer.HtmlEscaping().referenceInsert("$view.name", "<script>alert('x')</script>\"&");

        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;", escaped);
        assertThat(escaped.toString(), not(containsString("<")));
    }

    private static String render(String template, Map<String, Object> context) throws Exception {
        StringWriter out = new StringWriter();
        new VelocityTemplateRenderer().render(template, context, out);
        return out.toString();
    }
}
