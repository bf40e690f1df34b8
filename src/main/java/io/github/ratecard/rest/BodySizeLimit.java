package io.github.ratecard.rest;

import io.github.ratecard.domain.InputLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.ws.rs.ext.Provider;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;

/**
 * Reads at most {@link InputLimits#BODY_BYTES} of a request body before JSON sees it; a longer body
 * is refused with 413 naming the field {@code body}, so no request can make Ratecard hold more.
 */
@Provider
public class BodySizeLimit implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readNBytes(InputLimits.BODY_BYTES + 1);
        if (body.length > InputLimits.BODY_BYTES) {
            throw new TooLargeException();
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** A request body over the limit. */
    public static final class TooLargeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("The request body may have at most " + InputLimits.BODY_BYTES + " bytes");
        }
    }
}
