package io.github.ratecard.rest;

import io.github.ratecard.web.RefusalWords;
import io.github.ratecard.web.ViewerFormat;
import io.github.ratecard.webhook.UrlRefusal;
import io.github.ratecard.webhook.UrlRefusedException;
import java.util.Locale;
import java.util.Optional;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** A refused webhook URL: 400 naming {@code url}, why in the language the request asks for (the page sends its viewer's), else the API's English. */
@Provider
public class WebhookUrlRefusals extends ErrorMappers.Worded implements ExceptionMapper<UrlRefusedException> {

    @Override
    public Response toResponse(UrlRefusedException e) {
        Optional<Locale> asked = RefusalWords.requested(acceptLanguage());
        RefusalWords words = RefusalWords.of(asked.orElse(Locale.ENGLISH));
        String message = asked.map(locale -> worded(words, e.why())).orElse(e.getMessage());
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorDocument(e.field(), words.label(e.field()), message)).build();
    }

    static String worded(RefusalWords words, UrlRefusal why) {
        String[] values = why.arguments().stream()
                .map(argument -> argument.startsWith(UrlRefusal.ADDRESS) ? words.text(argument, argument) : argument).toArray(String[]::new);
        return ViewerFormat.fill(words.text(why.key(), why.english()), values);
    }
}
