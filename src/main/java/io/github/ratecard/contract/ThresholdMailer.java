package io.github.ratecard.contract;

import java.util.Set;

/** Sends the e-mail of a contract's threshold crossing to the people it concerns (by user key). */
public interface ThresholdMailer {

    void send(ThresholdCrossing crossing, Set<String> recipientKeys);
}
