package io.github.ratecard.rest;

import io.github.ratecard.billing.ClientAccount;
import io.github.ratecard.rates.LevelAssignment;
import io.github.ratecard.rates.Rate;
import io.github.ratecard.rates.RateResolution;
import io.github.ratecard.rates.ResolvedRate;
import io.github.ratecard.rates.StaffLevel;
import java.time.LocalDate;
import java.util.List;

/** The JSON documents the REST API answers with. Amounts are strings, so no client turns them into floating point. */
public final class Documents {

    private Documents() {
    }

    public record Level(long id, String name, String description, boolean active) {
        static Level of(StaffLevel level) {
            return new Level(level.id(), level.name(), level.description(), level.active());
        }
    }

    /** {@code current}: the assignment covers today. */
    public record Assignment(long id, String userKey, String userName, long levelId, String levelName, String validFrom, String validTo,
                             boolean current) {
        static Assignment of(LevelAssignment a, String userName, String levelName, LocalDate today) {
            return new Assignment(a.id(), a.userKey(), userName, a.levelId(), levelName, a.period().validFrom().toString(),
                    a.period().end().map(LocalDate::toString).orElse(null), a.period().contains(today));
        }
    }

    public record BilledTime(int incrementMinutes, String roundingMode, int minimumMinutes) {
    }

    public record Account(String key, String name, String customerName, String currency, String category, String status,
                          BilledTime billedTime, String taxRatePercent, String invoicePrefix) {
        static Account of(ClientAccount a) {
            return new Account(a.key(), a.name(), a.customerName(), a.currency().getCurrencyCode(), a.category().name(), a.status().name(),
                    new BilledTime(a.billedTime().incrementMinutes(), a.billedTime().mode().name(), a.billedTime().minimumMinutes()),
                    a.taxRatePercent().toPlainString(), a.invoicePrefix());
        }
    }

    public record PageOf<T>(List<T> items, int offset, int limit, long total) {
    }

    public record ProjectAccount(String projectKey, String accountKey, String accountName, String currency, String status, boolean isDefault) {
    }

    public record RateDoc(long id, String type, String scope, String accountKey, String projectKey, String userKey, String userName,
                          Long levelId, String amount, String currency, String validFrom, String validTo, String rule) {
        static RateDoc of(Rate r, String projectKey, String userName) {
            return new RateDoc(r.id(), r.type().name(), r.scope().kind().name(), r.scope().accountKey(), projectKey, r.scope().userKey(),
                    userName, r.scope().levelId(), r.hourly().amount().stripTrailingZeros().toPlainString(), r.hourly().currency().getCurrencyCode(),
                    r.period().validFrom().toString(), r.period().end().map(LocalDate::toString).orElse(null), r.scope().kind().label());
        }
    }

    /** One resolved rate type: the winning rate and why, or {@code missing} with what was looked for. */
    public record Rule(boolean missing, Long rateId, String scope, String amount, String currency, String description) {
        static Rule of(RateResolution resolution) {
            if (resolution instanceof ResolvedRate resolved) {
                Rate r = resolved.rate();
                return new Rule(false, r.id(), r.scope().kind().name(), r.hourly().amount().stripTrailingZeros().toPlainString(),
                        r.hourly().currency().getCurrencyCode(), resolution.describe());
            }
            return new Rule(true, null, null, null, null, resolution.describe());
        }
    }

    public record Resolution(String date, String userKey, String projectKey, String accountKey, Long levelId, Rule cost, Rule bill) {
    }

    public record SettingsDoc(String baseCurrency, String reportingZone, String sellerName, String sellerCountry, String fiscalYearStart,
                              String invoiceNumberPattern, String creditNoteNumberPattern, String sellerStreet, String sellerCity,
                              String sellerPostalCode, String sellerVatId) {
    }
}
