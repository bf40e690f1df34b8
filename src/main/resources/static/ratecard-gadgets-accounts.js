/*
 * The gadgets per client account, both from GET /insights/margin?by=account (finance sees every
 * account, View costs holders their projects' rows): Unbilled work by account (the revenue not yet
 * invoiced, optionally of named accounts) and Margin by account (revenue, labour cost, gross margin).
 * Preferences: the period code and, for unbilled work, account keys; never figures.
 */
define('ratecard/gadgets/accounts', ['jquery', 'ratecard/gadgets/common'], function ($, common) {
    'use strict';

    var el = common.el;

    function accountKeys(text) {
        return text.split(/[\s,;]+/).map(function (k) { return k.trim().toUpperCase(); }).filter(Boolean);
    }

    /** The report page with the same period, for the figures behind the gadget. */
    function reportLink(t, range) {
        return el('p', {}, [el('a', { className: 'ratecard-gadget-link', href: common.contextPath() + '/plugins/servlet/ratecard/insights/margin?by=account&from='
            + encodeURIComponent(range.from) + '&to=' + encodeURIComponent(range.to) }, [t('openReport')])]);
    }

    function rangeLine(t, range) {
        return el('p', { className: 'ratecard-gadget-period' }, [t('range', common.date(range.from), common.date(range.to))]);
    }

    /** Sums of one amount field over rows, one per currency, in the order the currencies first appear. */
    function totals(rows, fieldName) {
        var byCurrency = {};
        var order = [];
        rows.forEach(function (row) {
            var amount = row[fieldName];
            if (!amount) { return; }
            if (!byCurrency[amount.currency]) { byCurrency[amount.currency] = []; order.push(amount.currency); }
            byCurrency[amount.currency].push(amount.amount);
        });
        return order.map(function (currency) { return { amount: common.sum(byCurrency[currency]), currency: currency }; });
    }

    /** A gadget class over the margin report: {@code view} draws the rows, {@code form} adds its own fields. */
    function gadget(kind, deniedKey, view, extraFields) {
        function Gadget(api) {
            this.api = api;
        }

        Gadget.prototype.render = function (context, preferences) {
            var self = this;
            var api = this.api;
            var node = common.root(context);
            var body = el('div', { className: 'ratecard-gadget ratecard-gadget-' + kind });
            node.appendChild(body);
            var range = common.period(common.periodCode(common.preference(preferences, 'period')), new Date());
            var configure = function () { self.renderEdit(context, preferences); };
            common.texts().then(function (t, textsFailure) {
                if (textsFailure) { common.failure(body, api, t, deniedKey, textsFailure); return; }
                api.setTitle(t(kind + '.title'));
                api.showLoadingBar();
                common.get('insights/margin?by=account&from=' + range.from + '&to=' + range.to).then(function (report) {
                    api.hideLoadingBar();
                    body.appendChild(rangeLine(t, range));
                    view(body, t, report, preferences, api, configure);
                    body.appendChild(reportLink(t, range));
                    api.resize();
                }, function (error) {
                    api.hideLoadingBar();
                    common.failure(body, api, t, deniedKey, error, configure);
                });
            });
        };

        Gadget.prototype.renderEdit = function (context, preferences) {
            var api = this.api;
            var node = common.root(context);
            common.texts().then(function (t) {
                var period = common.periodSelect(t, common.periodCode(common.preference(preferences, 'period')));
                var extra = extraFields ? extraFields(t, preferences, api) : null;
                var form = el('form', { className: 'aui ratecard-gadget-form ratecard-gadget-' + kind + '-form' }, [
                    common.field('ratecard-gadget-period-' + api.getGadgetId(), t('period'), period), extra ? extra.field : null,
                    common.buttons(api, t)]);
                node.appendChild(form);
                form.addEventListener('submit', function (event) {
                    event.preventDefault();
                    var saved = { period: period.value };
                    if (extra) { $.extend(saved, extra.value()); }
                    api.savePreferences(saved);
                });
                api.resize();
            });
        };

        return Gadget;
    }

    function unbilledView(body, t, report, preferences) {
        var wanted = accountKeys(common.preference(preferences, 'accounts'));
        var rows = (report.rows || []).filter(function (row) {
            return row.uninvoiced && Number(row.uninvoiced.amount) !== 0 && (wanted.length === 0 || wanted.indexOf(String(row.key).toUpperCase()) >= 0);
        }).sort(function (a, b) { return Number(b.uninvoiced.amount) - Number(a.uninvoiced.amount); });
        if (rows.length === 0) {
            body.appendChild(el('p', { className: 'ratecard-gadget-empty' }, [t('empty')]));
            return;
        }
        var lines = rows.map(function (row) {
            return { key: row.key, cells: [row.label || row.key, { text: common.money(row.uninvoiced), className: 'num' },
                { text: common.money(row.invoiced), className: 'num' }] };
        });
        totals(rows, 'uninvoiced').forEach(function (sum) {
            lines.push({ key: '', className: 'ratecard-gadget-total', cells: [t('total'), { text: common.money(sum), className: 'num' }, ''] });
        });
        body.appendChild(common.table('ratecard-gadget-unbilled-table', [t('account'), { text: t('uninvoiced'), className: 'num' },
            { text: t('invoiced'), className: 'num' }], lines));
    }

    function accountsField(t, preferences, api) {
        var input = el('input', { className: 'text', type: 'text', name: 'accounts', maxlength: 1000,
            value: accountKeys(common.preference(preferences, 'accounts')).join(', ') });
        return {
            field: common.field('ratecard-gadget-accounts-' + api.getGadgetId(), t('accounts'), input, t('accounts.help')),
            value: function () { return { accounts: accountKeys(input.value).join(',') }; }
        };
    }

    function marginView(body, t, report) {
        var rows = report.rows || [];
        if (rows.length === 0) {
            body.appendChild(el('p', { className: 'ratecard-gadget-empty' }, [t('empty')]));
            return;
        }
        var lines = rows.map(function (row) {
            var negative = row.grossMarginBase && Number(row.grossMarginBase.amount) < 0;
            return { key: row.key, className: negative ? 'ratecard-gadget-negative' : '', cells: [row.label || row.key,
                { text: common.money(row.revenueBase), className: 'num' },
                { text: common.money(row.labourCost), className: 'num' },
                { text: common.money(row.grossMarginBase), className: 'num' },
                { text: common.percent(row.marginPercent), className: 'num' }] };
        });
        var base = report.totals && report.totals.base;
        if (base && base.revenue && base.complete) {
            lines.push({ key: '', className: 'ratecard-gadget-total', cells: [t('total'),
                { text: common.money(base.revenue), className: 'num' },
                { text: common.money(base.labourCost), className: 'num' },
                { text: common.money(base.grossMargin), className: 'num' },
                { text: common.percent(base.marginPercent), className: 'num' }] });
        }
        body.appendChild(common.table('ratecard-gadget-margin-table', [t('account'), { text: t('revenue'), className: 'num' },
            { text: t('labour'), className: 'num' }, { text: t('grossMargin'), className: 'num' },
            { text: t('marginPercent'), className: 'num' }], lines));
        if (base && !base.complete) {
            body.appendChild(el('p', { className: 'ratecard-gadget-note ratecard-gadget-margin-incomplete' }, [t('margin.incomplete')]));
        }
    }

    return {
        Unbilled: gadget('unbilled', 'denied.margin', unbilledView, accountsField),
        Margin: gadget('margin', 'denied.margin', marginView, null)
    };
});

define('ratecard/gadgets/unbilled', ['ratecard/gadgets/accounts'], function (accounts) {
    'use strict';
    return accounts.Unbilled;
});

define('ratecard/gadgets/margin', ['ratecard/gadgets/accounts'], function (accounts) {
    'use strict';
    return accounts.Margin;
});
