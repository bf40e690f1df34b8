// Jira 10.3 (SAL 6.x) — https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/websudo/WebSudoSessionException.html
package com.atlassian.sal.api.websudo;

/** Declaration only: the request needs a secure administrator session first. */
public class WebSudoSessionException extends RuntimeException {
}
