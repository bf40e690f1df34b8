package io.github.ratecard.jira;

import com.helger.diagnostics.error.IError;
import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.phive.xrechnung.XRechnungValidation;
import io.github.ratecard.einvoice.DocumentValidator;
import io.github.ratecard.einvoice.FailedRule;
import io.github.ratecard.einvoice.RuleSet;
import io.github.ratecard.einvoice.RuleSetResult;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * The rule sets as phive (Philip Helger's validation engine) packages them on Maven Central: EN 16931 1.3.16, Peppol
 * BIS Billing 3.0 of May 2026 and XRechnung 3.0.2, each an XML schema and Schematron rules compiled to XSLT (Saxon).
 * Compiling them takes seconds, so they are registered once per node, on a thread of their own, the first time they
 * are asked for; the compiled rules are kept and shared by every later check (phive's executor sets cache them).
 * Everything phive does runs with this bundle's class loader as the thread's context class loader: JAXB and Saxon find
 * their implementations through it, and inside OSGi the caller's would not see the embedded libraries.
 */
public final class PhiveValidator implements DocumentValidator {

    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<ValidationExecutorSetRegistry<IValidationSourceXML>> registry = new CompletableFuture<>();

    @Override
    public void load() {
        if (started.compareAndSet(false, true)) {
            Thread loader = new Thread(() -> {
                try {
                    registry.complete(withOwnClassLoader(PhiveValidator::register));
                } catch (RuntimeException | LinkageError e) {
                    registry.completeExceptionally(e);
                }
            }, "ratecard-einvoice-rules");
            loader.setDaemon(true);
            loader.start();
        }
    }

    @Override
    public boolean ready() {
        return registry.isDone() && !registry.isCompletedExceptionally();
    }

    @Override
    public RuleSetResult validate(byte[] ubl, RuleSet ruleSet) {
        load();
        Document document = parse(ubl);
        if (document == null || !isUbl(document)) {
            return new RuleSetResult(ruleSet, List.of(new FailedRule("XML", "/", "The document is not a UBL 2.1 invoice or credit note", false)));
        }
        boolean creditNote = "CreditNote".equals(document.getDocumentElement().getLocalName());
        IValidationExecutorSet<IValidationSourceXML> rules = loaded().getOfID(coordinate(ruleSet, creditNote));
        ValidationResultList results = withOwnClassLoader(() -> ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(),
                rules, ValidationSourceXML.create("ubl.xml", document), Locale.ENGLISH));
        List<FailedRule> failures = new ArrayList<>();
        results.forEachFlattened(IError::isFailure, error -> failures.add(failure(error)));
        return new RuleSetResult(ruleSet, failures);
    }

    private ValidationExecutorSetRegistry<IValidationSourceXML> loaded() {
        try {
            return registry.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the e-invoice rules were loading", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The e-invoice rules could not be loaded", e.getCause());
        }
    }

    /**
     * The rule sets registered and compiled: phive compiles a rule set's XSLT when it first runs it, so each one checks
     * a valid sample here (a Peppol and an XRechnung invoice; a credit note runs the same compiled rules).
     */
    private static ValidationExecutorSetRegistry<IValidationSourceXML> register() {
        ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
        EN16931Validation.initEN16931(registry);
        PeppolValidation2026_05.init(registry);
        XRechnungValidation.initXRechnung(registry);
        Document peppol = parse(sample("warm-up-peppol.xml"));
        Document xrechnung = parse(sample("warm-up-xrechnung.xml"));
        for (RuleSet ruleSet : RuleSet.values()) {
            ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(), registry.getOfID(coordinate(ruleSet, false)),
                    ValidationSourceXML.create("warm-up.xml", ruleSet == RuleSet.XRECHNUNG ? xrechnung : peppol), Locale.ENGLISH);
        }
        return registry;
    }

    private static byte[] sample(String name) {
        try (java.io.InputStream in = PhiveValidator.class.getResourceAsStream("/einvoice/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The sample " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static DVRCoordinate coordinate(RuleSet ruleSet, boolean creditNote) {
        return switch (ruleSet) {
            case EN16931 -> creditNote ? EN16931Validation.VID_UBL_CREDIT_NOTE_1316 : EN16931Validation.VID_UBL_INVOICE_1316;
            case PEPPOL_BIS3 -> creditNote ? PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3 : PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3;
            case XRECHNUNG -> creditNote ? XRechnungValidation.VID_XRECHNUNG_UBL_CREDITNOTE_302 : XRechnungValidation.VID_XRECHNUNG_UBL_INVOICE_302;
        };
    }

    private static FailedRule failure(IError error) {
        String id = error.getErrorID();
        String text = error.getErrorText(Locale.ENGLISH);
        if (text != null && id != null && text.startsWith("[" + id + "]")) {
            text = text.substring(id.length() + 2).replaceFirst("^\\s*-\\s*", "");
        }
        return new FailedRule(id, error.getErrorFieldName(), text, !error.isError());
    }

    private static boolean isUbl(Document document) {
        String namespace = document.getDocumentElement().getNamespaceURI();
        return "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2".equals(namespace)
                || "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2".equals(namespace);
    }

    /** The document as DOM, or null when it is not well-formed XML; no DTD, no external entity is ever read. */
    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            return null;
        }
    }

    private static <T> T withOwnClassLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PhiveValidator.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
