// Jira 10.3 (Atlassian REST v2, 8.x) — https://docs.atlassian.com/atlassian-rest/8.0.0/com/atlassian/plugins/rest/api/security/annotation/UnrestrictedAccess.html
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declaration only: an access rule Atlassian REST enforces on a resource class or method. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
