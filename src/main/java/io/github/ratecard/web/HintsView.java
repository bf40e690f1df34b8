package io.github.ratecard.web;

import java.util.List;

/**
 * The hints page, in the viewer's words and ready to print (the template escapes every value): the
 * filters with their choices, the rows, the latest run, and what the viewer may do.
 */
public record HintsView(List<Choice> rules, List<Choice> states, String account, String project, List<HintRow> rows, String lastRun,
                        String failedRules, int uninvoicedDays, boolean finance, boolean subscribed) {

    /** One option of a filter's list. */
    public record Choice(String value, String label, boolean selected) {

        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }

        public boolean isSelected() {
            return selected;
        }
    }

    /** One piece of evidence: its words and the page that shows it (with Jira's context path). */
    public record Link(String label, String url) {

        public String getLabel() {
            return label;
        }

        public String getUrl() {
            return url;
        }
    }

    /** One hint as a row. */
    public record HintRow(long id, String rule, String ruleName, String finding, String atStake, String action, List<Link> evidence, String state,
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

        public List<Link> getEvidence() {
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

    public List<Choice> getRules() {
        return rules;
    }

    public List<Choice> getStates() {
        return states;
    }

    public String getAccount() {
        return account;
    }

    public String getProject() {
        return project;
    }

    public List<HintRow> getRows() {
        return rows;
    }

    public String getLastRun() {
        return lastRun;
    }

    public String getFailedRules() {
        return failedRules;
    }

    public int getUninvoicedDays() {
        return uninvoicedDays;
    }

    public boolean isFinance() {
        return finance;
    }

    public boolean isSubscribed() {
        return subscribed;
    }
}
