package io.github.ratecard.ledger;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class RepricingCaptureTest {

    private final List<AffectedWork> queued = new ArrayList<>();
    private final RepricingCapture target = new RepricingCapture(queued::add);

    @Test
    public void requestOutsideAPreview_shouldBePassedOn() {
        target.reprice(AffectedWork.ofAccount("rate added", "ACME"));

        assertEquals(List.of(AffectedWork.ofAccount("rate added", "ACME")), queued);
    }

    @Test
    public void requestsDuringAPreview_shouldBeKeptBackAndAnsweredInOrder() {
        List<AffectedWork> kept = target.during(() -> {
            target.reprice(AffectedWork.ofAccount("rate added", "ACME"));
            target.reprice(AffectedWork.ofProject("default changed", 10000));
        });

        assertEquals(List.of(AffectedWork.ofAccount("rate added", "ACME"), AffectedWork.ofProject("default changed", 10000)), kept);
        assertEquals(List.of(), queued);
    }

    @Test
    public void requestAfterAPreviewThatFailed_shouldBePassedOnAgain() {
        try {
            target.during(() -> {
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // the change was refused; the preview is over
        }

        target.reprice(AffectedWork.everything("zone changed"));

        assertEquals(1, queued.size());
    }
}
