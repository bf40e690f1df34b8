// Jira 10.3 (Atlassian REST v2) — https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints (no published javadoc; used as a class and method annotation by Platform 7 plugins)
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
public @interface AnonymousSiteAccess {
}
