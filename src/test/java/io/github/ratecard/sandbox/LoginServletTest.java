package io.github.ratecard.sandbox;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class LoginServletTest {

    @Test
    public void returnPath_shouldKeepPathsOnThisServer() {
        assertEquals("/plugins/servlet/ratecard/admin", LoginServlet.safeReturnPath("/plugins/servlet/ratecard/admin"));
        assertEquals("/?login=required", LoginServlet.safeReturnPath("/?login=required"));
    }

    @Test
    public void returnPath_shouldNeverLeadElsewhere() {
        for (String hostile : new String[] {"https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", null, ""}) {
            assertEquals(String.valueOf(hostile), "/", LoginServlet.safeReturnPath(hostile));
        }
    }
}
