package io.github.ratecard.web;

import java.util.List;

/**
 * A client's retainer statement on its page, already in the account's language: title, client and period, the balance
 * figures (none without a retainer, with the sentence that says so), the hours per issue and their total, and the
 * address of its XLSX download.
 */
public record ClientStatementView(String title, String client, String period, List<PageRow> balance, String noRetainer, List<PageRow> issues,
                                  String total, String xlsx, Words words) {

    public ClientStatementView {
        balance = List.copyOf(balance);
        issues = List.copyOf(issues);
    }

    /** The page's own words, in the account's language. */
    public Words getWords() {
        return words;
    }

    /** The headings and buttons of the page. */
    public static final class Words {
        private final String issue;
        private final String summary;
        private final String hours;
        private final String invoice;
        private final String total;
        private final String download;
        private final String print;

        public Words(String issue, String summary, String hours, String invoice, String total, String download, String print) {
            this.issue = issue;
            this.summary = summary;
            this.hours = hours;
            this.invoice = invoice;
            this.total = total;
            this.download = download;
            this.print = print;
        }

        public String getIssue() {
            return issue;
        }

        public String getSummary() {
            return summary;
        }

        public String getHours() {
            return hours;
        }

        public String getInvoice() {
            return invoice;
        }

        public String getTotal() {
            return total;
        }

        public String getDownload() {
            return download;
        }

        public String getPrint() {
            return print;
        }
    }

    public String getTitle() {
        return title;
    }

    public String getClient() {
        return client;
    }

    public String getPeriod() {
        return period;
    }

    public List<PageRow> getBalance() {
        return balance;
    }

    public boolean isHasRetainer() {
        return !balance.isEmpty();
    }

    public String getNoRetainer() {
        return noRetainer;
    }

    public List<PageRow> getIssues() {
        return issues;
    }

    public String getTotal() {
        return total;
    }

    public String getXlsx() {
        return xlsx;
    }
}
