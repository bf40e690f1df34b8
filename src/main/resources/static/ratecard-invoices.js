/*
 * Ratecard's invoice pages: send finance's actions (a new draft, leaving work out, line texts,
 * lines of their own, issue, void, credit) to the REST API as JSON and show the page the server
 * draws again. Messages are shown with textContent only.
 */
(function (window, document) {
    'use strict';

    function call(method, path, body) {
        return window.Ratecard.rest(method, path, body);
    }

    function value(form, name) {
        var field = form.elements[name];
        var text = field ? String(field.value).trim() : '';
        return text === '' ? undefined : text;
    }

    function on(id, event, handler) {
        var element = document.getElementById(id);
        if (element) {
            element.addEventListener(event, handler);
        }
    }

    function init(root) {
        var page = root.getAttribute('data-page');
        var id = root.getAttribute('data-id');

        function fail(form) {
            return window.Ratecard.failure(root, form);
        }

        function show(documentId) {
            window.location.assign(page + '?id=' + documentId);
        }

        function reload() {
            window.location.reload();
        }

        on('ratecard-draft-form', 'submit', function (event) {
            event.preventDefault();
            var form = event.target;
            var projects = value(form, 'projectKeys');
            call('POST', 'invoices', {
                accountKey: value(form, 'accountKey'), from: value(form, 'from'), to: value(form, 'to'), grouping: value(form, 'grouping'),
                projectKeys: projects ? projects.split(/[\s,;]+/).filter(Boolean) : [], jql: value(form, 'jql') || null
            }).then(function (draft) { show(draft.id); }, fail(form));
        });

        Array.prototype.forEach.call(root.querySelectorAll('.ratecard-line-text'), function (input) {
            input.addEventListener('change', function () {
                var key = input.closest('tr').getAttribute('data-key');
                call('PUT', 'invoices/' + id + '/lines', { lineKey: key, text: input.value }).then(reload, fail(null));
            });
        });
        Array.prototype.forEach.call(root.querySelectorAll('.ratecard-line-remove'), function (button) {
            button.addEventListener('click', function () {
                var key = button.closest('tr').getAttribute('data-key');
                call('DELETE', 'invoices/' + id + '/lines?lineKey=' + encodeURIComponent(key)).then(reload, fail(null));
            });
        });
        Array.prototype.forEach.call(root.querySelectorAll('.ratecard-exclude, .ratecard-include'), function (button) {
            button.addEventListener('click', function () {
                var worklog = Number(button.closest('tr').getAttribute('data-worklog'));
                var path = button.classList.contains('ratecard-exclude') ? 'exclusions' : 'inclusions';
                call('POST', 'invoices/' + id + '/' + path, { worklogIds: [worklog] }).then(reload, fail(null));
            });
        });
        on('ratecard-line-form', 'submit', function (event) {
            event.preventDefault();
            var form = event.target;
            call('POST', 'invoices/' + id + '/lines', { text: value(form, 'text'), amount: value(form, 'amount') }).then(reload, fail(form));
        });
        on('ratecard-issue-form', 'submit', function (event) {
            event.preventDefault();
            var form = event.target;
            if (window.confirm(root.getAttribute('data-text-confirm-issue'))) {
                call('POST', 'invoices/' + id + '/issue', { issueDate: value(form, 'issueDate'), exchangeRate: value(form, 'exchangeRate') })
                    .then(reload, fail(form));
            }
        });
        on('ratecard-refresh', 'click', function () {
            call('POST', 'invoices/' + id + '/refresh').then(reload, fail(null));
        });
        on('ratecard-delete-draft', 'click', function () {
            if (window.confirm(root.getAttribute('data-text-confirm-delete'))) {
                call('DELETE', 'invoices/' + id).then(function () { window.location.assign(page); }, fail(null));
            }
        });
        on('ratecard-void-form', 'submit', function (event) {
            event.preventDefault();
            var form = event.target;
            if (window.confirm(root.getAttribute('data-text-confirm-void'))) {
                call('POST', 'invoices/' + id + '/void', { reason: value(form, 'reason') }).then(reload, fail(form));
            }
        });
        on('ratecard-credit', 'click', function () {
            var form = document.getElementById('ratecard-void-form');
            if (window.confirm(root.getAttribute('data-text-confirm-credit'))) {
                call('POST', 'invoices/' + id + '/credit-notes', { reason: value(form, 'reason') }).then(function (note) { show(note.id); }, fail(form));
            }
        });
        on('ratecard-invoice-print', 'click', function () {
            window.print();
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var root = document.getElementById('ratecard-invoice-page') || document.getElementById('ratecard-invoices-page');
        if (root) {
            init(root);
        }
    });
}(window, document));
