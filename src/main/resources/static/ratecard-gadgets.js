/*
 * What Ratecard's dashboard gadgets share: their words (GET /gadgets/texts, in the page's language),
 * calls to the REST API, DOM building with textContent only (no markup is ever parsed from data),
 * preferences decoded (Jira hands string preferences back HTML-encoded), periods, number formats,
 * and the messages for a refusal, a missing configuration or a failure.
 */
define('ratecard/gadgets/common', ['jquery', 'wrm/context-path'], function ($, contextPath) {
    'use strict';

    var REST = '/rest/ratecard/1.0/';
    var PERIODS = ['this-month', 'last-month', 'last-3-months', 'last-6-months', 'last-12-months', 'year-to-date'];
    var textsCall = null;

    function language() {
        return document.documentElement.getAttribute('lang') || navigator.language || 'en';
    }

    /** A promise of the REST document at {@code path}; a refusal rejects with {status, message}. */
    function get(path) {
        var deferred = $.Deferred();
        $.ajax({ url: contextPath() + REST + path, dataType: 'json', headers: { 'Accept-Language': language() } })
            .done(function (body) { deferred.resolve(body); })
            .fail(function (xhr) {
                var message = '';
                try { message = JSON.parse(xhr.responseText).message || ''; } catch (notJson) { message = xhr.statusText || ''; }
                deferred.reject({ status: xhr.status, message: message });
            });
        return deferred.promise();
    }

    /** The words when the texts cannot be fetched (signed out, or the server is away). */
    var FALLBACK = { signin: 'Sign in to see these figures.', failed: 'The figures could not be loaded: {0}', configure: 'Configure' };

    function words(texts) {
        return function (key) {
            var text = texts[key] === undefined ? key : texts[key];
            var args = Array.prototype.slice.call(arguments, 1);
            return text.replace(/\{(\d+)\}/g, function (all, i) { return args[i] === undefined ? all : String(args[i]); });
        };
    }

    /**
     * The gadgets' words, fetched once per page: a promise of a function of a key (without "ratecard.gadget.")
     * and the arguments for {0}, {1} …; it always resolves, to the English fallback and the failure when the fetch fails.
     */
    function texts() {
        if (!textsCall) {
            var deferred = $.Deferred();
            get('gadgets/texts').then(function (body) { deferred.resolve(words(body.texts), null); },
                function (error) { textsCall = null; deferred.resolve(words(FALLBACK), error); });
            textsCall = deferred.promise();
        }
        return textsCall;
    }

    /** An element with attributes (className, data-*, href …) and children: strings become text nodes, never markup. */
    function el(tag, attributes, children) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            var value = attributes[name];
            if (value === undefined || value === null || value === false) { return; }
            if (name === 'className') { node.className = value; } else { node.setAttribute(name, value === true ? '' : String(value)); }
        });
        (children || []).forEach(function (child) {
            if (child === undefined || child === null) { return; }
            node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
        });
        return node;
    }

    /** The element Jira renders the gadget into (a jQuery object or an element), emptied. */
    function root(context) {
        var node = $(context).get(0);
        while (node.firstChild) { node.removeChild(node.firstChild); }
        return node;
    }

    /** A preference as the user entered it: Jira answers strings HTML-encoded; parsed inertly (no script runs, no image loads). */
    function decode(value) {
        if (typeof value !== 'string' || value.indexOf('&') < 0) { return value; }
        return new DOMParser().parseFromString('<!doctype html><body>' + value, 'text/html').body.textContent;
    }

    function preference(preferences, name) {
        var value = decode(preferences && preferences[name]);
        return typeof value === 'string' ? value.trim() : '';
    }

    /** A message box in the gadget; with {@code configure}, a Configure button that opens the form when the viewer may edit the gadget. */
    function message(node, api, t, kind, text, configure) {
        var box = el('div', { className: 'aui-message ratecard-gadget-message aui-message-' + kind, 'data-message': kind }, [el('p', {}, [text])]);
        if (configure && api.isEditable()) {
            var button = el('button', { className: 'aui-button aui-button-link ratecard-gadget-configure', type: 'button' }, [t('configure')]);
            button.addEventListener('click', configure);
            box.appendChild(el('p', {}, [button]));
        }
        node.appendChild(box);
        api.resize();
    }

    /** The message for a failed call: sign in (401), no permission (403, in the gadget's own words), gone (404), else the reason. */
    function failure(node, api, t, deniedKey, error, configure) {
        var status = error && error.status;
        if (status === 401) { message(node, api, t, 'warning', t('signin')); return; }
        if (status === 403) { message(node, api, t, 'warning', t(deniedKey)); return; }
        if (status === 404) { message(node, api, t, 'warning', t('notfound'), configure); return; }
        message(node, api, t, 'error', t('failed', (error && error.message) || String(status)));
    }

    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }

    function month(year, monthIndex) {
        var d = new Date(Date.UTC(year, monthIndex, 1));
        return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1);
    }

    /** A period's first and last month (YYYY-MM), counted from {@code today}; the last N months include the current one. */
    function period(code, today) {
        var y = today.getFullYear();
        var m = today.getMonth();
        switch (code) {
            case 'last-month': return { from: month(y, m - 1), to: month(y, m - 1) };
            case 'last-3-months': return { from: month(y, m - 2), to: month(y, m) };
            case 'last-6-months': return { from: month(y, m - 5), to: month(y, m) };
            case 'last-12-months': return { from: month(y, m - 11), to: month(y, m) };
            case 'year-to-date': return { from: month(y, 0), to: month(y, m) };
            default: return { from: month(y, m), to: month(y, m) };
        }
    }

    function periodCode(value) {
        return PERIODS.indexOf(value) >= 0 ? value : 'this-month';
    }

    /** An amount {"amount": "123.45", "currency": "EUR"} in the viewer's language; empty for none. */
    function money(amount) {
        if (!amount || amount.amount === undefined || amount.amount === null) { return ''; }
        try {
            return new Intl.NumberFormat(language(), { style: 'currency', currency: amount.currency }).format(Number(amount.amount));
        } catch (unknownCurrency) {
            return number(amount.amount, 2) + ' ' + amount.currency;
        }
    }

    function number(value, digits) {
        if (value === undefined || value === null || value === '') { return ''; }
        return new Intl.NumberFormat(language(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Number(value));
    }

    function percent(value) {
        return value === undefined || value === null || value === '' ? '' : number(value, 1) + ' %';
    }

    /** A day (YYYY-MM-DD) or month (YYYY-MM) as the viewer's language writes it. */
    function date(value) {
        if (!value) { return ''; }
        var parts = String(value).split('-').map(Number);
        var options = parts.length > 2 ? { dateStyle: 'medium', timeZone: 'UTC' } : { year: 'numeric', month: 'short', timeZone: 'UTC' };
        return new Intl.DateTimeFormat(language(), options).format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2] || 1)));
    }

    /** Sums decimal strings exactly (BigInt in the smallest unit of the longest fraction). */
    function sum(values) {
        var scale = 0;
        values.forEach(function (v) { var f = String(v).split('.')[1]; scale = Math.max(scale, f ? f.length : 0); });
        var total = values.reduce(function (acc, v) {
            var negative = String(v).charAt(0) === '-';
            var parts = String(v).replace('-', '').split('.');
            var units = BigInt(parts[0] + ((parts[1] || '') + '0'.repeat(scale)).substring(0, scale));
            return acc + (negative ? -units : units);
        }, BigInt(0));
        var negative = total < 0;
        var digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
        var text = scale === 0 ? digits : digits.substring(0, digits.length - scale) + '.' + digits.substring(digits.length - scale);
        return (negative ? '-' : '') + text;
    }

    /** A labelled form field: label, control, optional help text. */
    function field(id, label, control, help) {
        control.id = id;
        return el('div', { className: 'field-group' }, [el('label', { 'for': id }, [label]), control,
            help ? el('div', { className: 'description' }, [help]) : null]);
    }

    function periodSelect(t, selected) {
        return el('select', { className: 'select', name: 'period' }, PERIODS.map(function (code) {
            return el('option', { value: code, selected: code === selected }, [t('period.' + code)]);
        }));
    }

    /** The form's Save and Cancel buttons; Cancel closes the form without saving. */
    function buttons(api, t) {
        var cancel = el('button', { className: 'aui-button aui-button-link ratecard-gadget-cancel', type: 'button' }, [t('cancel')]);
        cancel.addEventListener('click', function () { api.closeEdit(); });
        return el('div', { className: 'buttons-container' }, [el('div', { className: 'buttons' }, [
            el('button', { className: 'aui-button aui-button-primary ratecard-gadget-save', type: 'submit' }, [t('save')]), cancel])]);
    }

    /** A table with a header row and body rows; each cell a string or {text, className, attributes}. */
    function table(className, headers, rows) {
        function cell(tag, value) {
            var spec = value !== null && typeof value === 'object' ? value : { text: value };
            var attributes = $.extend({ className: spec.className }, spec.attributes || {});
            return el(tag, attributes, [spec.text === undefined || spec.text === null ? '' : String(spec.text)]);
        }
        return el('table', { className: 'aui ratecard-gadget-table ' + className }, [
            el('thead', {}, [el('tr', {}, headers.map(function (h) { return cell('th', h); }))]),
            el('tbody', {}, rows.map(function (row) {
                return el('tr', { className: row.className, 'data-key': row.key }, row.cells.map(function (c) { return cell('td', c); }));
            }))]);
    }

    return {
        contextPath: contextPath, get: get, texts: texts, el: el, root: root, decode: decode, preference: preference,
        message: message, failure: failure, period: period, periodCode: periodCode, money: money, number: number,
        percent: percent, date: date, sum: sum, field: field, periodSelect: periodSelect, buttons: buttons, table: table
    };
});
