/*
 * Ratecard's Contracts page: the terms form sends {"requested", "terms": {...}} to contracts/{account}/terms (a fixed
 * fee's schedule is written one instalment a line, "label; amount; 2026-06-30" or "label; amount; SHOP-42"), the
 * adjustment form {"month", "hours", "reason"} to contracts/{account}/adjustments, the alerts form {"retainer": [80, 100],
 * "cap": [...]} (PUT) to contracts/{account}/thresholds. The server draws the page again
 * afterwards; a refusal is shown in the page's message box as text.
 */
(function (window, document) {
    'use strict';

    function value(form, name) {
        var field = form.elements[name];
        var read = field ? window.Ratecard.fieldValue(field) : undefined;
        return read === undefined ? undefined : String(read);
    }

    function schedule(text) {
        return String(text || '').split('\n').map(function (line) { return line.trim(); }).filter(Boolean).map(function (line) {
            var parts = line.split(';').map(function (part) { return part.trim(); });
            var due = parts[2] || '';
            var instalment = { label: parts[0], amount: parts[1] };
            if (/^\d{4}-\d{2}-\d{2}$/.test(due)) { instalment.dueDate = due; } else { instalment.milestone = due; }
            return instalment;
        });
    }

    function termsBody(form) {
        var kind = value(form, 'kind');
        var terms = { kind: kind };
        if (kind === 'RETAINER') {
            ['period', 'fee', 'prepaidHours', 'rolloverLimitHours', 'overageRate'].forEach(function (name) { terms[name] = value(form, name); });
            var expiry = value(form, 'expiresAfterPeriods');
            terms.expiresAfterPeriods = expiry === undefined ? undefined : parseInt(expiry, 10);
        } else if (kind === 'CAP') {
            terms.limit = value(form, 'limit');
            terms.scope = value(form, 'scope');
        } else if (kind === 'FIXED_FEE') {
            terms.schedule = schedule(form.elements.schedule.value);
        }
        return { requested: value(form, 'requested'), terms: terms };
    }

    function adjustmentBody(form) {
        return { month: value(form, 'month'), hours: value(form, 'hours'), reason: value(form, 'reason') };
    }

    function percents(text) {
        return String(text || '').split(/[,;\s]+/).filter(Boolean).map(Number);
    }

    function thresholdsBody(form) {
        return { retainer: percents(value(form, 'retainer')), cap: percents(value(form, 'cap')) };
    }

    function wire(root, id, body) {
        var form = document.getElementById(id);
        if (!form) { return; }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var button = form.querySelector('button[type=submit]');
            if (button.disabled) { return; }
            button.disabled = true;
            window.Ratecard.rest(form.getAttribute('data-method') || 'POST', form.getAttribute('data-path'), body(form)).then(function () {
                window.location.reload();
            }, function (error) {
                button.disabled = false;
                window.Ratecard.failure(root, form)(error);
            });
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var root = document.getElementById('ratecard-contracts-page');
        if (!root) { return; }
        wire(root, 'ratecard-contract-change', termsBody);
        wire(root, 'ratecard-contract-adjust', adjustmentBody);
        wire(root, 'ratecard-contract-thresholds', thresholdsBody);
    });
}(window, document));
