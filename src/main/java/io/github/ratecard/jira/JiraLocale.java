package io.github.ratecard.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import java.util.Locale;
import java.util.function.Supplier;

/** The current user's locale, as Jira's authentication context knows it. */
public class JiraLocale implements Supplier<Locale> {

    private final JiraAuthenticationContext authenticationContext;

    public JiraLocale(JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Locale get() {
        Locale locale = authenticationContext.getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }
}
