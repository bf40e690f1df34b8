package io.github.ratecard.budget;

import java.util.Set;

/** Sends the e-mail of a budget alert to the people it concerns (by user key), through the host's mail queue. */
public interface AlertMailer {

    void send(BudgetAlert alert, Budget budget, Set<String> recipientKeys);
}
