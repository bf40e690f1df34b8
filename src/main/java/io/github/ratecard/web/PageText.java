package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;

/**
 * The words of the app's pages and panels, as templates read them: {@code $i18n.getText("key")}.
 * Jira 10 lets a template call only allowlisted methods and lets a plugin allowlist only its own
 * classes, so templates reach SAL's i18n through this type, never through the host's resolver.
 */
public final class PageText {

    private final I18nResolver i18n;

    public PageText(I18nResolver i18n) {
        this.i18n = i18n;
    }

    public String getText(String key) {
        return i18n.getText(key);
    }
}
