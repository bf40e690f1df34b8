/* Ratecard: the one way the app's pages talk to its REST API (JSON in, JSON out). */
(function (window) {
    'use strict';

    var base = (window.AJS && window.AJS.contextPath ? window.AJS.contextPath() : '') + '/rest/ratecard/1.0';

    /**
     * Calls the REST API; resolves with the parsed JSON, rejects with {status, field, message}.
     * Jira's XSRF check lets same-site scripts through with the no-check header, also for body-less calls;
     * every change is sent as JSON, the only type the API's changing methods take. {@code more} adds headers.
     */
    function request(method, path, body, more) {
        var options = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check',
            'Accept-Language': locale() } };
        Object.keys(more || {}).forEach(function (name) { options.headers[name] = more[name]; });
        if (method !== 'GET') {
            options.headers['Content-Type'] = 'application/json';
        }
        if (body !== undefined) {
            options.body = JSON.stringify(body);
        }
        return window.fetch(base + '/' + path.replace(/^\//, ''), options).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try { json = text ? JSON.parse(text) : null; } catch (e) { json = { message: text }; }
                if (!response.ok) {
                    throw { status: response.status, field: json && json.field, message: (json && json.message) || response.statusText };
                }
                return json;
            });
        });
    }

    /**
     * A handler for a refused call: shows the server's message in the page's message box (as text,
     * never HTML) and marks the form's field it names.
     */
    function failure(root, form) {
        var message = root.querySelector('.ratecard-message');
        return function (error) {
            Array.prototype.forEach.call(root.querySelectorAll('.ratecard-invalid'), function (el) { el.classList.remove('ratecard-invalid'); });
            if (form && error.field && form.elements[error.field]) {
                form.elements[error.field].classList.add('ratecard-invalid');
            }
            message.textContent = error.message || String(error.status);
            message.className = 'ratecard-message ratecard-error aui-message aui-message-error';
            message.hidden = false;
        };
    }

    /** The viewer's locale as a language tag ("de-DE"): Jira's user-locale meta tag, else the page's language, else English. */
    function locale() {
        var meta = window.document.querySelector('meta[name="ajs-user-locale"]');
        var tag = (meta && meta.getAttribute('content')) || window.document.documentElement.lang || 'en';
        return tag.replace('_', '-');
    }

    /** The decimal sign and the digit-group sign of a locale ("," and "." in German). */
    function signs(tag) {
        var parts = new Intl.NumberFormat(tag || locale()).formatToParts(12345.6);
        var find = function (type, fallback) {
            var part = parts.filter(function (p) { return p.type === type; })[0];
            return part ? part.value : fallback;
        };
        return { decimal: find('decimal', '.'), group: find('group', ',') };
    }

    function escapeRegExp(text) {
        return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }

    /**
     * A number as a person writes it in {@code tag}'s locale ("7,5" or "1.234,50" in German, "1,234.50" in English)
     * as the plain decimal the REST API takes ("7.5", "1234.50"). Digit groups must have three digits; a German
     * "7.5", which cannot be grouping, is read as 7.5. Text that is no number comes back trimmed as typed, so the
     * server refuses it in the viewer's words and names the field.
     */
    function parseNumber(text, tag) {
        if (text === null || text === undefined) { return text; }
        var typed = String(text).trim();
        var compact = typed.replace(/[\s\u00a0\u202f]/g, '');
        var sign = signs(tag);
        var group = sign.group.replace(/[\s\u00a0\u202f]/g, '') || '\u0000';
        var written = new RegExp('^([+-]?)(\\d{1,3}(?:' + escapeRegExp(group) + '\\d{3})+|\\d+)(?:' + escapeRegExp(sign.decimal) + '(\\d+))?$');
        var match = written.exec(compact);
        if (match) {
            return (match[1] === '-' ? '-' : '') + match[2].split(group).join('') + (match[3] !== undefined ? '.' + match[3] : '');
        }
        var plain = /^([+-]?)(\d+)\.(\d+)$/.exec(compact);
        if (plain && sign.decimal !== '.' && compact.indexOf(sign.decimal) < 0) {
            return (plain[1] === '-' ? '-' : '') + plain[2] + '.' + plain[3];
        }
        return typed;
    }

    /** A plain decimal from the API ("1234.5") as the viewer writes it, with {@code min} to {@code max} decimals; passed to Intl as text, so it is formatted exactly, never through a binary double. */
    function formatNumber(plain, tag, min, max) {
        if (plain === null || plain === undefined || plain === '' || isNaN(Number(plain))) { return plain; }
        return new Intl.NumberFormat(tag || locale(), { minimumFractionDigits: min || 0, maximumFractionDigits: max === undefined ? 4 : max })
            .format(String(plain));
    }

    /** An ISO day from the API ("2026-03-01") as the viewer's short date ("01.03.26" in German). */
    function formatDate(iso, tag) {
        if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) { return iso; }
        return new Intl.DateTimeFormat(tag || locale(), { year: '2-digit', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
            .format(new Date(iso + 'T00:00:00Z'));
    }

    /**
     * A form field's value as the API takes it: trimmed, and a number field (inputmode decimal or numeric)
     * read in the viewer's locale; undefined when empty.
     */
    function fieldValue(field) {
        var text = field ? String(field.value).trim() : '';
        if (text === '') { return undefined; }
        var mode = field.getAttribute && field.getAttribute('inputmode');
        return mode === 'decimal' || mode === 'numeric' ? parseNumber(text) : text;
    }

    /**
     * A CSV style chooser ({@code select[data-csv-for]}) sets the separator and decimal sign of the CSV link it names;
     * it starts at the style the link has, which the server chose from the viewer's locale.
     */
    function csvStyles(document) {
        Array.prototype.forEach.call(document.querySelectorAll('select[data-csv-for]'), function (select) {
            var link = document.getElementById(select.getAttribute('data-csv-for'));
            if (!link) { return; }
            var url = new URL(link.getAttribute('href'), window.location.href);
            select.value = url.searchParams.get('decimal') === 'comma' ? 'semicolon-comma' : 'comma-point';
            select.addEventListener('change', function () {
                var german = select.value === 'semicolon-comma';
                url.searchParams.set('separator', german ? 'semicolon' : 'comma');
                url.searchParams.set('decimal', german ? 'comma' : 'point');
                link.setAttribute('href', url.pathname + url.search);
            });
        });
    }

    if (window.document && window.document.addEventListener) {
        if (window.document.readyState === 'loading') {
            window.document.addEventListener('DOMContentLoaded', function () { csvStyles(window.document); });
        } else {
            csvStyles(window.document);
        }
    }

    window.Ratecard = window.Ratecard || {};
    window.Ratecard.rest = request;
    window.Ratecard.failure = failure;
    window.Ratecard.locale = locale;
    window.Ratecard.parseNumber = parseNumber;
    window.Ratecard.formatNumber = formatNumber;
    window.Ratecard.formatDate = formatDate;
    window.Ratecard.fieldValue = fieldValue;
}(window));
