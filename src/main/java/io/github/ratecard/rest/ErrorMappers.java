package io.github.ratecard.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.ratecard.access.AccessDeniedException;
import io.github.ratecard.domain.ConflictException;
import io.github.ratecard.domain.InvalidInputException;
import io.github.ratecard.domain.NotFoundException;
import io.github.ratecard.domain.Refusal;
import io.github.ratecard.web.RefusalWords;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.concurrent.ThreadLocalRandom;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the domain's refusals into JSON answers: 400, 401/403, 404, 409, 413 — never 500 for a user's
 * mistake; and every other failure into a JSON 500 with a reference to the log.
 */
public final class ErrorMappers {

    private ErrorMappers() {
    }

    static Response error(Response.Status status, String field, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorDocument(field, message)).build();
    }

    /**
     * A refusal naming a field: its label and the message in the language the request asks for, else
     * the field's English label and the API's English message.
     */
    static Response refused(Response.Status status, String field, String english, Optional<Refusal> refusal, String acceptLanguage) {
        Optional<Locale> asked = RefusalWords.requested(acceptLanguage);
        RefusalWords words = RefusalWords.of(asked.orElse(Locale.ENGLISH));
        String message = asked.isPresent() ? words.message(field, english, refusal) : english;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorDocument(field, words.label(field), message)).build();
    }

    /** A mapper that reads the request's {@code Accept-Language}. */
    abstract static class Worded {
        @Context
        private HttpServletRequest request;

        String acceptLanguage() {
            try {
                return request == null ? null : request.getHeader("Accept-Language");
            } catch (IllegalStateException outsideARequest) {
                return null;
            }
        }
    }

    @Provider
    public static class InvalidInput extends Worded implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return refused(Response.Status.BAD_REQUEST, e.field(), e.getMessage(), e.refusal(), acceptLanguage());
        }
    }

    @Provider
    public static class Conflict extends Worded implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            Optional<Locale> asked = RefusalWords.requested(acceptLanguage());
            if (e.key().isPresent() && asked.isPresent()) {
                RefusalWords words = RefusalWords.of(asked.get());
                return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new ErrorDocument(e.field(), words.label(e.field()), words.text(e.key().get(), e.getMessage()))).build();
            }
            return refused(Response.Status.CONFLICT, e.field(), e.getMessage(), Optional.empty(), acceptLanguage());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return error(Response.Status.NOT_FOUND, null, e.getMessage());
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return error(e.signedIn() ? Response.Status.FORBIDDEN : Response.Status.UNAUTHORIZED, null, e.getMessage());
        }
    }

    /** An administrator without a secure administrator session: 401, so that the page asks for the password again. */
    @Provider
    public static class SecureSessionRequired implements ExceptionMapper<SecureSessionRequiredException> {
        @Override
        public Response toResponse(SecureSessionRequiredException e) {
            return error(Response.Status.UNAUTHORIZED, null, e.getMessage());
        }
    }

    /** A request body over the size limit: 413. */
    @Provider
    public static class BodyTooLarge implements ExceptionMapper<BodySizeLimit.TooLargeException> {
        @Override
        public Response toResponse(BodySizeLimit.TooLargeException e) {
            return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "body", e.getMessage());
        }
    }

    /** A body with a field of the wrong type, or a field the resource does not know. */
    @Provider
    public static class BadJsonField implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException e) {
            return badJson(e);
        }
    }

    /** A body that is not JSON at all. */
    @Provider
    public static class NotJson implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException e) {
            return badJson(e);
        }
    }

    /**
     * Everything else. A JAX-RS refusal (unknown path, wrong method or media type) keeps its
     * status and says so in JSON; any other failure is logged with its stack trace under a new
     * reference and answers 500 (or the 5xx it carries) with that reference, so no caller ever sees
     * a servlet's HTML page.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = LoggerFactory.getLogger(Unexpected.class);

        @Override
        public Response toResponse(Throwable e) {
            if (e instanceof WebApplicationException refusal && refusal.getResponse().getStatus() < 500) {
                return Response.fromResponse(refusal.getResponse()).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new ErrorDocument(null, e.getMessage())).build();
            }
            String reference = reference();
            LOG.error("Ratecard could not answer a REST request (reference {})", reference, e);
            int status = e instanceof WebApplicationException failure ? failure.getResponse().getStatus() : 500;
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new FailureDocument("Ratecard could not do this because of an error of its own. Your administrator finds the"
                            + " details in Jira's log under reference " + reference + ".", reference)).build();
        }

        private static String reference() {
            return "RC-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36).toUpperCase(java.util.Locale.ROOT);
        }
    }

    static Response badJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."))
                : "body";
        String message = e instanceof UnrecognizedPropertyException ? "Unknown field: " + field
                : e instanceof JsonParseException ? "The request body is not valid JSON"
                : e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch && mismatch.getTargetType() == String.class
                        ? "Field " + field + " must be a JSON string (in quotes)"
                : "Field " + field + " has a value of the wrong kind";
        return error(Response.Status.BAD_REQUEST, field, message);
    }
}
