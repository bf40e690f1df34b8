package io.github.ratecard.web;

import java.util.List;

/**
 * The e-invoice section of an issued document's page, already in words: the state ({@code valid}, {@code invalid},
 * {@code loading}, {@code checking}, {@code unavailable}), its headline, and per rule set the rules that fail.
 */
public final class EInvoiceValidityView {

    private final String state;
    private final String headline;
    private final List<RuleSetView> ruleSets;

    public EInvoiceValidityView(String state, String headline, List<RuleSetView> ruleSets) {
        this.state = state;
        this.headline = headline;
        this.ruleSets = List.copyOf(ruleSets);
    }

    public String getState() {
        return state;
    }

    /** The AUI message type the section is drawn as. */
    public String getTone() {
        return switch (state) {
            case "valid" -> "success";
            case "invalid", "unavailable" -> "error";
            default -> "info";
        };
    }

    public String getHeadline() {
        return headline;
    }

    /** Whether the page should offer a reload: the answer is not known yet. */
    public boolean isPending() {
        return state.equals("loading") || state.equals("checking");
    }

    public List<RuleSetView> getRuleSets() {
        return ruleSets;
    }

    /** One rule set's verdict and the rules it finds broken. */
    public static final class RuleSetView {

        private final String title;
        private final boolean valid;
        private final String verdict;
        private final List<RuleView> rules;

        public RuleSetView(String title, boolean valid, String verdict, List<RuleView> rules) {
            this.title = title;
            this.valid = valid;
            this.verdict = verdict;
            this.rules = List.copyOf(rules);
        }

        public String getTitle() {
            return title;
        }

        public boolean isValid() {
            return valid;
        }

        public String getVerdict() {
            return verdict;
        }

        public List<RuleView> getRules() {
            return rules;
        }

        public boolean isHasRules() {
            return !rules.isEmpty();
        }
    }

    /** A broken rule: its id, its own words, where in the document, what to fill in (empty when Ratecard cannot say), warning or error. */
    public static final class RuleView {

        private final String id;
        private final String text;
        private final String location;
        private final String fix;
        private final boolean warning;

        public RuleView(String id, String text, String location, String fix, boolean warning) {
            this.id = id;
            this.text = text;
            this.location = location;
            this.fix = fix;
            this.warning = warning;
        }

        public String getId() {
            return id;
        }

        public String getText() {
            return text;
        }

        public String getLocation() {
            return location;
        }

        public String getFix() {
            return fix;
        }

        public boolean isWarning() {
            return warning;
        }
    }
}
