package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.UserDirectory;
import java.util.Locale;
import java.util.function.Supplier;

/** Hints in the current viewer's language, for the hints page and the REST answers. */
public final class HintWords {

    private final I18nResolver i18n;
    private final Supplier<Locale> viewerLocale;
    private final UserDirectory users;
    private final ProjectDirectory projects;

    public HintWords(I18nResolver i18n, Supplier<Locale> viewerLocale, UserDirectory users, ProjectDirectory projects) {
        this.i18n = i18n;
        this.viewerLocale = viewerLocale;
        this.users = users;
        this.projects = projects;
    }

    public HintText current() {
        Locale locale = viewerLocale.get();
        return new HintText(new ViewerFormat(i18n, locale), locale, users, projects);
    }
}
