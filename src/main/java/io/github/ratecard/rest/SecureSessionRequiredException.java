package io.github.ratecard.rest;

/** An administrator called the API behind an admin page without a secure administrator session (401, as Jira answers for WebSudo). */
public class SecureSessionRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SecureSessionRequiredException() {
        super("This needs a secure administrator session: confirm your password again (reload the page) and repeat the request");
    }
}
