// Jira 10.3 — https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/util/I18nHelper.html
package com.atlassian.jira.util;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

/** Declaration only: the members Ratecard calls. Jira's texts (its own and every app's i18n bundles) in one locale. */
public interface I18nHelper {

    Locale getLocale();

    String getText(String key);

    /** Declaration only: hands out the texts of a user's own language, whoever is signed in. */
    interface BeanFactory {

        I18nHelper getInstance(ApplicationUser user);
    }
}
