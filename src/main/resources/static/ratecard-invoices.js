/*
 * Ratecard's invoice pages: send finance's actions (a new draft, leaving work out, line texts,
 * lines of their own, issue, void, credit) to the REST API as JSON and show the page the server
 * draws again. One action runs at a time: its button is disabled and marked busy until the server
 * answered. Drafting and issuing carry an Idempotency-Key that stays the same until the form
 * changes, so a second click or a retry after a lost answer makes no second document. After a
 * draft, an issue, a void or a credit note the page opens at the top with a flag saying what was
 * done. Messages are shown with textContent only.
 */
(function (window, document) {
    'use strict';

    function value(form, name) {
        return window.Ratecard.fieldValue(form.elements[name]);
    }

    function on(id, event, handler) {
        var element = document.getElementById(id);
        if (element) {
            element.addEventListener(event, handler);
        }
    }

    /** A new random request key (crypto.getRandomValues also works where the page is not served over HTTPS). */
    function newKey() {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    }

    /** The form's request key: one per thing asked, a new one once any field changes. */
    function keyOf(form) {
        if (!form.getAttribute('data-key')) {
            form.setAttribute('data-key', newKey());
            var forget = function () { form.removeAttribute('data-key'); };
            form.addEventListener('input', forget);
            form.addEventListener('change', forget);
        }
        return { 'Idempotency-Key': form.getAttribute('data-key') };
    }

    function init(root) {
        var page = root.getAttribute('data-page');
        var id = root.getAttribute('data-id');
        var running = false;

        /**
         * Runs one action while no other runs: the button is disabled and says it is busy until the
         * call is answered; a refusal is shown and frees the page again, success goes on with {@code then}.
         */
        function act(button, form, call, then) {
            if (running) {
                return;
            }
            running = true;
            var busy = [button].concat(form ? Array.prototype.slice.call(form.querySelectorAll('button')) : []).filter(Boolean);
            busy.forEach(function (b) { b.disabled = true; b.setAttribute('aria-busy', 'true'); b.classList.add('ratecard-busy'); });
            root.setAttribute('aria-busy', 'true');
            function free() {
                running = false;
                busy.forEach(function (b) { b.disabled = false; b.removeAttribute('aria-busy'); b.classList.remove('ratecard-busy'); });
                root.removeAttribute('aria-busy');
            }
            call().then(then, function (error) {
                free();
                window.Ratecard.failure(root, form)(error);
            });
        }

        function rest(method, path, body, headers) {
            return function () { return window.Ratecard.rest(method, path, body, headers); };
        }

        /** Opens a document at its top, with the flag for what was done. */
        function show(documentId, done) {
            window.location.assign(page + '?id=' + documentId + (done ? '&done=' + done : ''));
        }

        function reload() {
            window.location.reload();
        }

        on('ratecard-draft-form', 'submit', function (event) {
            event.preventDefault();
            var form = event.target;
            var projects = value(form, 'projectKeys');
            act(form.querySelector('button[type=submit]'), form, rest('POST', 'invoices', {
                accountKey: value(form, 'accountKey'), from: value(form, 'from'), to: value(form, 'to'), grouping: value(form, 'grouping'),
                projectKeys: projects ? projects.split(/[\s,;]+/).filter(Boolean) : [], jql: value(form, 'jql') || null
            }, keyOf(form)), function (draft) { show(draft.id, 'drafted'); });
        });

        Array.prototype.forEach.call(root.querySelectorAll('.ratecard-line-text'), function (input) {
            input.addEventListener('change', function () {
                var key = input.closest('tr').getAttribute('data-key');
                act(input, null, rest('PUT', 'invoices/' + id + '/lines', { lineKey: key, text: input.value }), reload);
            });
        });
        Array.prototype.forEach.call(root.querySelectorAll('.ratecard-line-remove'), function (button) {
            button.addEventListener('click', function () {
                var key = button.closest('tr').getAttribute('data-key');
                act(button, null, rest('DELETE', 'invoices/' + id + '/lines?lineKey=' + encodeURIComponent(key)), reload);
            });
        });
        Array.prototype.forEach.call(root.querySelectorAll('.ratecard-exclude, .ratecard-include'), function (button) {
            button.addEventListener('click', function () {
                var worklog = Number(button.closest('tr').getAttribute('data-worklog'));
                var path = button.classList.contains('ratecard-exclude') ? 'exclusions' : 'inclusions';
                act(button, null, rest('POST', 'invoices/' + id + '/' + path, { worklogIds: [worklog] }), reload);
            });
        });
        on('ratecard-line-form', 'submit', function (event) {
            event.preventDefault();
            var form = event.target;
            act(form.querySelector('button[type=submit]'), form, rest('POST', 'invoices/' + id + '/lines',
                { text: value(form, 'text'), amount: value(form, 'amount'), vatCategory: value(form, 'vatCategory'),
                    vatPercent: value(form, 'vatPercent'), vatReason: value(form, 'vatReason') }), reload);
        });
        on('ratecard-line-vat-form', 'submit', function (event) {
            event.preventDefault();
            var form = event.target;
            act(form.querySelector('button[type=submit]'), form, rest('PUT', 'invoices/' + id + '/lines',
                { lineKey: value(form, 'lineKey'), vatCategory: value(form, 'vatCategory') || '', vatPercent: value(form, 'vatPercent'),
                    vatReason: value(form, 'vatReason') }), reload);
        });
        on('ratecard-issue-form', 'submit', function (event) {
            event.preventDefault();
            var form = event.target;
            if (!running && window.confirm(root.getAttribute('data-text-confirm-issue'))) {
                act(document.getElementById('ratecard-issue'), form, rest('POST', 'invoices/' + id + '/issue',
                    { issueDate: value(form, 'issueDate'), exchangeRate: value(form, 'exchangeRate') }, keyOf(form)),
                    function () { show(id, 'issued'); });
            }
        });
        on('ratecard-refresh', 'click', function (event) {
            act(event.currentTarget, null, rest('POST', 'invoices/' + id + '/refresh'), function () { show(id, 'refreshed'); });
        });
        on('ratecard-delete-draft', 'click', function (event) {
            if (!running && window.confirm(root.getAttribute('data-text-confirm-delete'))) {
                act(event.currentTarget, null, rest('DELETE', 'invoices/' + id), function () { window.location.assign(page); });
            }
        });
        on('ratecard-void-form', 'submit', function (event) {
            event.preventDefault();
            var form = event.target;
            if (!running && window.confirm(root.getAttribute('data-text-confirm-void'))) {
                act(document.getElementById('ratecard-void'), form, rest('POST', 'invoices/' + id + '/void', { reason: value(form, 'reason') }),
                    function () { show(id, 'voided'); });
            }
        });
        on('ratecard-credit', 'click', function (event) {
            var form = document.getElementById('ratecard-void-form');
            if (!running && window.confirm(root.getAttribute('data-text-confirm-credit'))) {
                act(event.currentTarget, form, rest('POST', 'invoices/' + id + '/credit-notes', { reason: value(form, 'reason') }),
                    function (note) { show(note.id, 'credited'); });
            }
        });
        on('ratecard-invoice-print', 'click', function () {
            window.print();
        });
        tabs(root);
        flag(root);
    }

    /** The document's tabs: the one picked is shown and kept in the address, so a reload or a page link opens it again. */
    function tabs(root) {
        var container = document.getElementById('ratecard-invoice-tabs');
        if (!container) {
            return;
        }
        function pick(name) {
            Array.prototype.forEach.call(container.querySelectorAll('.tabs-menu a[data-tab]'), function (link) {
                var chosen = link.getAttribute('data-tab') === name;
                link.parentNode.classList.toggle('active-tab', chosen);
                link.setAttribute('aria-selected', String(chosen));
                document.getElementById('ratecard-tab-' + link.getAttribute('data-tab')).classList.toggle('active-pane', chosen);
            });
            var url = new window.URL(window.location.href);
            url.searchParams.set('tab', name);
            url.searchParams.delete('done');
            url.hash = '';
            window.history.replaceState(null, '', url.toString());
        }
        Array.prototype.forEach.call(root.querySelectorAll('a[data-tab]'), function (link) {
            link.addEventListener('click', function (event) {
                if (container.querySelector('.tabs-menu a[data-tab="' + link.getAttribute('data-tab') + '"]')) {
                    event.preventDefault();
                    pick(link.getAttribute('data-tab'));
                }
            });
        });
    }

    /** The flag of the action just done: closed by its button or after a while; the address forgets it, so a reload shows none. */
    function flag(root) {
        var shown = document.getElementById('ratecard-flag');
        if (!shown) {
            return;
        }
        var url = new window.URL(window.location.href);
        url.searchParams.delete('done');
        window.history.replaceState(null, '', url.toString());
        var close = function () { shown.removeAttribute('open'); shown.hidden = true; };
        shown.querySelector('.ratecard-flag-close').addEventListener('click', close);
        window.setTimeout(close, 15000);
    }

    document.addEventListener('DOMContentLoaded', function () {
        var root = document.getElementById('ratecard-invoice-page') || document.getElementById('ratecard-invoices-page');
        if (root) {
            init(root);
        }
    });
}(window, document));

/* The client statement page: its button opens the browser's print dialogue, where the statement is saved as a PDF. */
(function (window, document) {
    'use strict';

    document.addEventListener('DOMContentLoaded', function () {
        var button = document.getElementById('ratecard-statement-print');
        if (button) {
            button.addEventListener('click', function () {
                window.print();
            });
        }
    });
}(window, document));
