package io.github.ratecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.ratecard.access.AccessPolicy;
import io.github.ratecard.export.ExportWords;
import io.github.ratecard.web.RefusalWords;
import java.util.Locale;
import java.util.SortedMap;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /gadgets/texts}: the words of the dashboard gadgets ({@code ratecard.gadget.*}) in the
 * language the request's {@code Accept-Language} asks for, English or German. The gadgets run in the
 * browser and fetch their figures from the report endpoints, which check each caller's permissions.
 */
@Path("gadgets")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class GadgetResource {

    static final String PREFIX = "ratecard.gadget.";

    private final AccessPolicy access;

    @Context
    private HttpServletRequest httpRequest;

    @Inject
    public GadgetResource(AccessPolicy access) {
        this.access = access;
    }

    /** The language the texts are in (a BCP 47 tag) and the texts by key without the common prefix. */
    public record Texts(String language, SortedMap<String, String> texts) {
    }

    /** The words of the dashboard gadgets by key, in the language the request's Accept-Language asks for (English or German). */
    @GET
    @Path("texts")
    public Texts texts() {
        access.requireSignedIn();
        String acceptLanguage = httpRequest == null ? null : httpRequest.getHeader("Accept-Language");
        ExportWords words = ExportWords.of(RefusalWords.requested(acceptLanguage).orElse(Locale.ENGLISH));
        SortedMap<String, String> texts = new java.util.TreeMap<>();
        words.startingWith(PREFIX).forEach((key, text) -> texts.put(key.substring(PREFIX.length()), text));
        return new Texts(words.locale().toLanguageTag(), texts);
    }
}
