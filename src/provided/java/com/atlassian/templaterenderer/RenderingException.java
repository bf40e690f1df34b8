// Jira 10.3 (Atlassian Template Renderer) — https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/RenderingException.html
package com.atlassian.templaterenderer;

/** Declaration only: a template could not be rendered. */
public class RenderingException extends RuntimeException {

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("Provided by Jira at run time");
    }
}
