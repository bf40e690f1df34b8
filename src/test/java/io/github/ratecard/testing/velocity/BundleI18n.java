package io.github.ratecard.testing.velocity;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** Jira's i18n resolver, played by the app's own i18n/ratecard*.properties in the request's locale. */
public final class BundleI18n implements I18nResolver {

    private static final String BUNDLE = "i18n.ratecard";

    private final Supplier<Locale> locale;

    public BundleI18n(Supplier<Locale> locale) {
        this.locale = locale;
    }

    @Override
    public String getText(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale.get(), ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
