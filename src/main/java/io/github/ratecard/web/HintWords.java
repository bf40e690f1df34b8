package io.github.ratecard.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.ratecard.domain.ProjectDirectory;
import io.github.ratecard.domain.UserDirectory;
import io.github.ratecard.export.ExportWords;
import java.util.Locale;
import java.util.function.Supplier;

/** Hints in the current viewer's language, for the hints page and the REST answers; or in a download's language. */
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

    /** Hints in English or German (another language reads English), for a download; null for the viewer's language. */
    public HintText in(Locale language) {
        ExportWords words = ExportWords.of(language == null ? viewerLocale.get() : language);
        return new HintText(ViewerFormat.of(key -> words.text(key), words.locale()), words.locale(), users, projects);
    }
}
