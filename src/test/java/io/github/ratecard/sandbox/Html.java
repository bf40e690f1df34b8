package io.github.ratecard.sandbox;

import io.github.ratecard.web.HtmlText;

/** HTML escaping for the sandbox's own output. */
public final class Html {

    private Html() {
    }

    /** The app's own escaping ({@link HtmlText}), as Jira's renderer escapes references. */
    public static String escape(String text) {
        return HtmlText.escape(text);
    }

    /** Reverses {@link #escape} (only the five entities it writes). */
    public static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
