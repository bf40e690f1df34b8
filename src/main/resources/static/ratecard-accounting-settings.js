/*
 * Ratecard's accounting settings page: the form is sent whole as JSON to PUT accounting/settings (the REST API takes
 * nothing else, so another site cannot make a browser send it). A refusal is shown as text next to the field or table it
 * names, in the words the server chose for the viewer's language; the page is drawn again after saving.
 */
(function (window, document) {
    'use strict';

    function fill(text, values) {
        return values.reduce(function (filled, value, i) { return filled.split('{' + i + '}').join(String(value)); }, text || '');
    }

    function each(list, action) {
        Array.prototype.forEach.call(list, action);
    }

    function start() {
        var root = document.getElementById('ratecard-accounting-settings-page');
        if (!root) {
            return;
        }
        var Ratecard = window.Ratecard;
        var form = document.getElementById('ratecard-accounting-settings-form');
        var message = root.querySelector('.ratecard-message');

        function clearErrors() {
            message.hidden = true;
            each(root.querySelectorAll('.ratecard-field-error'), function (el) { el.textContent = ''; });
            each(root.querySelectorAll('[aria-invalid]'), function (el) { el.removeAttribute('aria-invalid'); });
        }

        /** The refusal next to the field or table it names (its first input focused), else in the message box. */
        function refused(error) {
            clearErrors();
            var name = String(error.field || '').replace(/\[.*$/, '').replace(/[^A-Za-z]/g, '');
            var shown = name && form.querySelector('.ratecard-field-error[data-field="' + name + '"]');
            if (!shown) {
                Ratecard.failure(root)(error);
                message.setAttribute('tabindex', '-1');
                message.focus();
                return;
            }
            shown.textContent = error.message || String(error.status);
            var field = form.elements[name] || form.querySelector('#ratecard-accounting-' + name + ' input');
            if (field) {
                field.setAttribute('aria-invalid', 'true');
                field.focus();
            }
        }

        /** A whole number typed in a field, as a number; empty when nothing is typed; refused here when it is no whole number. */
        function wholeNumber(field) {
            var typed = String(field.value).trim();
            if (typed === '') {
                return undefined;
            }
            if (!/^\d{1,9}$/.test(typed)) {
                throw { field: field.name, message: fill(root.getAttribute('data-whole-number'), [field.getAttribute('data-label'), typed]) };
            }
            return Number(typed);
        }

        function cell(row, column) {
            return String(row.querySelector('[data-column="' + column + '"]').value).trim();
        }

        function filledRows(selector, columns) {
            var rows = [];
            each(form.querySelectorAll(selector), function (row) {
                var values = {};
                var any = false;
                columns.forEach(function (column) {
                    values[column] = cell(row, column);
                    any = any || values[column] !== '';
                });
                if (any) {
                    rows.push(values);
                }
            });
            return rows;
        }

        /** The columns ticked, in the order of their positions (a ticked column without one goes last). */
        function journalColumns() {
            var ticked = [];
            each(form.querySelectorAll('.ratecard-accounting-journal-row'), function (row, index) {
                if (row.querySelector('[data-column="included"]').checked) {
                    var position = parseInt(cell(row, 'position'), 10);
                    ticked.push({ field: row.getAttribute('data-field'), heading: cell(row, 'heading'),
                        order: isNaN(position) ? 1000 + index : position * 100 + index });
                }
            });
            return ticked.sort(function (a, b) { return a.order - b.order; })
                .map(function (column) { return { field: column.field, heading: column.heading }; });
        }

        function settings() {
            var revenue = filledRows('.ratecard-accounting-revenue-row', ['taxRate', 'account', 'buKey', 'taxAccount']);
            revenue.forEach(function (row) { row.taxRate = Ratecard.parseNumber(row.taxRate); });
            var debtors = filledRows('.ratecard-accounting-debtor-row', ['accountKey', 'account']);
            debtors.forEach(function (row) { row.accountKey = row.accountKey.toUpperCase(); });
            var body = {
                fiscalYearStart: Number(form.elements.fiscalYearStart.value),
                accountLength: Number(form.elements.accountLength.value),
                skr: form.elements.skr.value,
                revenueAccounts: revenue,
                defaultDebtorAccount: String(form.elements.defaultDebtorAccount.value).trim(),
                debtorAccounts: debtors,
                journalColumns: journalColumns()
            };
            // an emptied field removes the number (0 over REST)
            var consultant = wholeNumber(form.elements.consultantNumber);
            var client = wholeNumber(form.elements.clientNumber);
            body.consultantNumber = consultant === undefined ? 0 : consultant;
            body.clientNumber = client === undefined ? 0 : client;
            return body;
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors();
            var body;
            try {
                body = settings();
            } catch (refusal) {
                refused(refusal);
                return;
            }
            var save = document.getElementById('ratecard-accounting-settings-save');
            save.disabled = true;
            Ratecard.rest('PUT', 'accounting/settings', body).then(function () {
                window.location.assign(root.getAttribute('data-page') + '?saved=1');
            }, function (error) {
                save.disabled = false;
                refused(error);
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window, document));
