package io.github.ratecard.web;

import java.util.List;

/** One hint as a row. */
public record HintRow(long id, String rule, String ruleName, String finding, String atStake, String action, List<HintLink> evidence, String state,
                      String dismissal, boolean open) {

    public long getId() {
        return id;
    }

    public String getRule() {
        return rule;
    }

    public String getRuleName() {
        return ruleName;
    }

    public String getFinding() {
        return finding;
    }

    public String getAtStake() {
        return atStake;
    }

    public String getAction() {
        return action;
    }

    public List<HintLink> getEvidence() {
        return evidence;
    }

    public String getState() {
        return state;
    }

    public String getDismissal() {
        return dismissal;
    }

    public boolean isOpen() {
        return open;
    }
}
