// Jira 10.3 (Atlassian Event 5.x) — https://docs.atlassian.com/atlassian-event/3.1.3/apidocs/com/atlassian/event/api/EventListener.html
package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declaration only: marks a method that receives events of its parameter's type. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {
}
