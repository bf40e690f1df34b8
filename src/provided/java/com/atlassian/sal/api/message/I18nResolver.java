// Jira 10.3 (SAL 6.x) — https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/message/I18nResolver.html
package com.atlassian.sal.api.message;

/** Declaration only: the members Ratecard calls. Texts come from the plugin's i18n resource, in the user's locale. */
public interface I18nResolver {

    String getText(String key);
}
