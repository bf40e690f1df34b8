/*
 * The Account field's edit control: when the account is changed, asks Ratecard what saving it
 * would do to the uninvoiced work (a preview that changes nothing) and says so under the
 * field, before the issue is saved. Words come from the field's template; text only, never HTML.
 */
(function (window, document) {
    'use strict';

    function text(box, name) {
        return box.getAttribute('data-text-' + name) || name;
    }

    function fill(template, value) {
        return template.replace('{0}', String(value));
    }

    function signed(amount) {
        try {
            return new Intl.NumberFormat(document.documentElement.lang || undefined,
                { style: 'currency', currency: amount.currency, signDisplay: 'always' }).format(amount.amount);
        } catch (e) {
            return (amount.amount.charAt(0) === '-' ? '' : '+') + amount.amount + ' ' + amount.currency;
        }
    }

    function words(box, impact) {
        if (!impact.repriced) {
            return [text(box, 'impact-none')];
        }
        var said = [fill(text(box, 'impact-repriced'), impact.repriced)];
        if (impact.losingRate) { said.push(fill(text(box, 'impact-losing'), impact.losingRate)); }
        if (impact.gainingRate) { said.push(fill(text(box, 'impact-gaining'), impact.gainingRate)); }
        var money = [];
        if (impact.billChange && impact.billChange.length) { money.push(fill(text(box, 'impact-bill'), impact.billChange.map(signed).join(', '))); }
        if (impact.costChange && impact.costChange.length) { money.push(fill(text(box, 'impact-cost'), impact.costChange.map(signed).join(', '))); }
        if (money.length) { said.push(money.join('; ')); }
        return said;
    }

    function show(box, sentences, isWarning) {
        box.textContent = sentences.join(' ');
        box.className = 'description ratecard-impact-warning' + (isWarning ? ' ratecard-impact-changes' : '');
        box.hidden = false;
    }

    function preview(select) {
        var box = select.parentNode && select.parentNode.querySelector('.ratecard-impact-warning[data-ratecard-field="' + select.name + '"]');
        if (!box) { return; }
        var current = select.form && select.form.elements[select.name + ':current'];
        if (current && current.value === select.value) {
            box.hidden = true;
            return;
        }
        show(box, [text(box, 'impact-checking')], false);
        var base = (window.AJS && window.AJS.contextPath ? window.AJS.contextPath() : '') + '/rest/ratecard/1.0';
        var path = base + '/issues/' + encodeURIComponent(box.getAttribute('data-ratecard-impact')) + '/billing/impact?account='
            + encodeURIComponent(select.value);
        window.fetch(path, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } }).then(function (response) {
            // a proxy's or Jira's own error page is not JSON: say its status rather than a parse error
            if ((response.headers.get('Content-Type') || '').indexOf('json') < 0) {
                throw { message: response.status + ' ' + response.statusText };
            }
            return response.json().then(function (json) {
                if (!response.ok) { throw json; }
                return json;
            });
        }).then(function (impact) {
            show(box, [text(box, 'impact-heading')].concat(words(box, impact)), impact.repriced > 0);
        }, function (error) {
            show(box, [(error && error.message) || ''], true);
        });
    }

    document.addEventListener('change', function (event) {
        var select = event.target;
        if (select && select.tagName === 'SELECT' && select.parentNode && select.parentNode.querySelector('.ratecard-impact-warning')) {
            preview(select);
        }
    });
}(window, document));
