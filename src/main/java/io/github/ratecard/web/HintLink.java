package io.github.ratecard.web;

/** One piece of evidence: its words and the page that shows it (with Jira's context path). */
public record HintLink(String label, String url) {

    public String getLabel() {
        return label;
    }

    public String getUrl() {
        return url;
    }
}
