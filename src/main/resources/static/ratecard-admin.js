/*
 * Ratecard admin pages: fill the tables from the REST API and send the forms to it as JSON.
 * Every rule lives on the server; this script only shows what it answers, with textContent
 * (never innerHTML), so no stored text can become markup.
 */
(function (window, document) {
    'use strict';

    function el(tag, attributes, children) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            if (name === 'text') {
                node.textContent = attributes.text;
            } else if (name.indexOf('on') === 0) {
                node.addEventListener(name.substring(2), attributes[name]);
            } else {
                node.setAttribute(name, attributes[name]);
            }
        });
        (children || []).forEach(function (child) { node.appendChild(child); });
        return node;
    }

    function Page(root) {
        this.root = root;
        this.base = root.getAttribute('data-rest');
        this.message = root.querySelector('.ratecard-message');
    }

    Page.prototype.text = function (name) {
        return this.root.getAttribute('data-text-' + name) || name;
    };

    Page.prototype.call = function (method, path, body) {
        // Jira's XSRF check lets same-site scripts through with this header, also for body-less calls;
        // every change is sent as JSON, the only type the API's changing methods take
        var options = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check',
            'Accept-Language': window.Ratecard.locale() } };
        if (method !== 'GET') {
            options.headers['Content-Type'] = 'application/json';
        }
        if (body !== undefined) {
            options.body = JSON.stringify(body);
        }
        return window.fetch(this.base + '/' + path, options).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try { json = text ? JSON.parse(text) : null; } catch (e) { json = { message: text }; }
                if (!response.ok) {
                    throw { status: response.status, field: json && json.field, message: (json && json.message) || response.statusText };
                }
                return json;
            });
        });
    };

    Page.prototype.say = function (text, isError) {
        this.message.textContent = text;
        this.message.className = 'ratecard-message ' + (isError ? 'ratecard-error aui-message aui-message-error' : 'aui-message aui-message-success');
        this.message.hidden = false;
    };

    /**
     * A change that prices work again: first asks the server what it would do (the same call with
     * ?dryRun=true, which changes nothing and refuses what the change would refuse), shows that in
     * a dialog, and sends the change only on Confirm. Resolves with the change's answer; rejects
     * with the server's refusal, or with {cancelled: true} when the user cancels. One change at a
     * time: until it settles the page is busy (the button or form that asked is disabled) and
     * another change, a second click say, is ignored as if cancelled.
     */
    Page.prototype.change = function (method, path, body) {
        var page = this;
        if (page.busy) {
            return Promise.reject({ cancelled: true });
        }
        var dryRun = path + (path.indexOf('?') < 0 ? '?' : '&') + 'dryRun=true';
        var release = page.hold();
        return page.call(method, dryRun, body).then(function (impact) {
            return impactDialog(page, impact);
        }).then(function () { return page.call(method, path, body); }).then(function (answer) {
            release();
            return answer;
        }, function (error) {
            release();
            throw error;
        });
    };

    /** Marks the page busy and disables what asked for the change (its button, or its form's buttons); returns the undo. */
    Page.prototype.hold = function () {
        var page = this;
        var asking = document.activeElement;
        var form = asking && asking.closest && asking.closest('form');
        var controls = form ? Array.prototype.slice.call(form.querySelectorAll('button, input[type="submit"]'))
            : asking && asking.tagName === 'BUTTON' ? [asking] : [];
        controls = controls.filter(function (control) { return !control.disabled; });
        controls.forEach(function (control) { control.disabled = true; });
        page.busy = true;
        page.root.setAttribute('aria-busy', 'true');
        return function () {
            page.busy = false;
            page.root.removeAttribute('aria-busy');
            controls.forEach(function (control) { control.disabled = false; });
        };
    };

    /** Shows the server's error and marks the form field it names; a cancelled change is no error. */
    Page.prototype.fail = function (form) {
        var page = this;
        return function (error) {
            if (error && error.cancelled) {
                return;
            }
            page.say(error.message || String(error), true);
            if (form) {
                Array.prototype.forEach.call(form.querySelectorAll('.ratecard-invalid'), function (f) { f.classList.remove('ratecard-invalid'); });
                var field = error.field && form.querySelector('[name="' + window.CSS.escape(error.field) + '"]');
                if (field) {
                    field.classList.add('ratecard-invalid');
                    field.setAttribute('aria-invalid', 'true');
                    field.focus();
                }
            }
        };
    };

    function formValues(form) {
        var values = {};
        Array.prototype.forEach.call(form.elements, function (field) {
            if (!field.name || field.closest('[hidden]')) { return; }
            if (field.type === 'checkbox') {
                values[field.name] = field.checked;
            } else if (field.value !== '') {
                values[field.name] = window.Ratecard.fieldValue(field);
            }
        });
        return values;
    }

    function rows(table, items, emptyText, render) {
        var body = table.tBodies[0];
        body.textContent = '';
        if (!items.length) {
            // a table may say why it is empty and what to do (data-empty; data-empty-filtered while a filter is set)
            var filtered = table.getAttribute('data-empty-filtered') && document.getElementById('ratecard-account-filter')
                && document.getElementById('ratecard-account-filter').value;
            var text = (filtered ? table.getAttribute('data-empty-filtered') : table.getAttribute('data-empty')) || emptyText;
            body.appendChild(el('tr', { 'class': 'ratecard-empty' }, [el('td', { colspan: String(table.tHead.rows[0].cells.length), 'class': 'ratecard-muted', text: text })]));
        }
        items.forEach(function (item) { body.appendChild(render(item)); });
    }

    function cell(text, className) {
        return el('td', { text: text === null || text === undefined ? '' : String(text), 'class': className || '' });
    }

    /** An AUI lozenge: a state as Jira shows one (variant: success, current, moved, removed, complete, or none). */
    function lozenge(text, variant) {
        return el('span', { 'class': 'aui-lozenge aui-lozenge-subtle' + (variant ? ' aui-lozenge-' + variant : ''), text: text });
    }

    function lozengeCell(text, variant) {
        return el('td', {}, [lozenge(text, variant)]);
    }

    function button(label, onclick) {
        return el('button', { type: 'button', 'class': 'aui-button aui-button-link', text: label, onclick: onclick });
    }

    /** Shows only the labels that belong to the chosen scope (data-for-scope lists them). */
    function followScope(form) {
        var select = form.querySelector('[name="scope"]');
        function update() {
            Array.prototype.forEach.call(form.querySelectorAll('[data-for-scope]'), function (label) {
                label.hidden = label.getAttribute('data-for-scope').split(' ').indexOf(select.value) < 0;
            });
        }
        select.addEventListener('change', update);
        update();
    }

    function fillLevels(page, select) {
        return page.call('GET', 'levels').then(function (levels) {
            select.textContent = '';
            levels.filter(function (l) { return l.active; }).forEach(function (l) {
                select.appendChild(el('option', { value: String(l.id), text: l.name }));
            });
            return levels;
        });
    }

    function appliesTo(rate, levelNames) {
        var parts = [];
        if (rate.accountKey) { parts.push(rate.accountKey); }
        if (rate.projectKey) { parts.push(rate.projectKey); }
        if (rate.levelId !== null && rate.levelId !== undefined) { parts.push(levelNames[rate.levelId] || ('#' + rate.levelId)); }
        if (rate.userKey) { parts.push(rate.userName ? rate.userName + ' (' + rate.userKey + ')' : rate.userKey); }
        return parts.join(' / ');
    }

    /** A rate row whose period can be edited in place ("effective from" editing) or deleted. */
    function rateRow(page, rate, levelNames, scopeLabels, reload) {
        var from = el('input', { type: 'date', value: rate.validFrom, name: 'validFrom', 'aria-label': 'validFrom' });
        var to = el('input', { type: 'date', value: rate.validTo || '', name: 'validTo', 'aria-label': 'validTo' });
        var row = el('tr', { 'data-rate-id': String(rate.id) }, [
            cell(scopeLabels[rate.scope] || rate.scope),
            cell(appliesTo(rate, levelNames)),
            cell(window.Ratecard.formatNumber(rate.amount, null, 0, 4) + ' ' + rate.currency, 'ratecard-money'),
            el('td', { 'class': 'ratecard-valid-from' }, [from]),
            el('td', { 'class': 'ratecard-valid-to' }, [to]),
            el('td', {}, [
                button(page.text('save'), function () {
                    page.change('PUT', 'rates/' + rate.id, { validFrom: from.value, validTo: to.value || null })
                        .then(function () { page.say(page.text('saved')); reload(); }, page.fail(row));
                }),
                button(page.text('delete'), function () {
                    page.change('DELETE', 'rates/' + rate.id).then(function () { reload(); }, page.fail());
                })
            ])
        ]);
        return row;
    }

    function scopeLabels(form) {
        var labels = {};
        Array.prototype.forEach.call(form.querySelectorAll('[name="scope"] option'), function (o) { labels[o.value] = o.textContent; });
        return labels;
    }

    function levelsPage(page) {
        var table = document.getElementById('ratecard-levels');
        var holders = document.getElementById('ratecard-holders');
        var levelForm = document.getElementById('ratecard-level-form');
        var assignForm = document.getElementById('ratecard-assign-form');
        function load() {
            fillLevels(page, assignForm.querySelector('[name="levelId"]')).then(function (levels) {
                rows(table, levels, page.text('empty'), function (level) {
                    return el('tr', {}, [cell(level.name), cell(level.description), lozengeCell(level.active ? page.text('yes') : page.text('no'), level.active ? 'success' : ''),
                        el('td', {}, [button(level.active ? page.text('deactivate') : page.text('activate'), function () {
                            page.change('PUT', 'levels/' + level.id, { name: level.name, description: level.description, active: !level.active })
                                .then(function () { page.say(page.text('saved')); load(); }, page.fail());
                        })])]);
                });
                return Promise.all(levels.map(function (l) { return page.call('GET', 'levels/' + l.id + '/assignments'); }));
            }).then(function (lists) {
                var all = [].concat.apply([], lists);
                rows(holders, all, page.text('empty'), function (a) {
                    return el('tr', { 'class': a.current ? 'ratecard-current' : '' }, [cell(a.levelName),
                        cell(a.userName + ' (' + a.userKey + ')' + (a.current ? ' \u2013 ' + page.text('current') : '')),
                        cell(window.Ratecard.formatDate(a.validFrom)), cell(a.validTo ? window.Ratecard.formatDate(a.validTo) : page.text('open')),
                        el('td', {}, [button(page.text('delete'), function () {
                            page.change('DELETE', 'levels/' + a.levelId + '/assignments/' + a.id).then(load, page.fail());
                        })])]);
                });
            }).catch(page.fail());
        }
        levelForm.addEventListener('submit', function (event) {
            event.preventDefault();
            page.call('POST', 'levels', formValues(levelForm)).then(function () { levelForm.reset(); page.say(page.text('saved')); load(); }, page.fail(levelForm));
        });
        assignForm.addEventListener('submit', function (event) {
            event.preventDefault();
            var values = formValues(assignForm);
            var levelId = values.levelId;
            delete values.levelId;
            page.change('POST', 'levels/' + levelId + '/assignments', values)
                .then(function () { assignForm.reset(); page.say(page.text('saved')); load(); }, page.fail(assignForm));
        });
        load();
    }

    function costPage(page) {
        var table = document.getElementById('ratecard-cost-rates');
        var form = document.getElementById('ratecard-cost-form');
        var labels = scopeLabels(form);
        var levelNames = {};
        followScope(form);
        function load() {
            fillLevels(page, form.querySelector('[name="levelId"]')).then(function (levels) {
                levels.forEach(function (l) { levelNames[l.id] = l.name; });
                return page.call('GET', 'rates/cost');
            }).then(function (rates) {
                rows(table, rates, page.text('empty'), function (rate) { return rateRow(page, rate, levelNames, labels, load); });
            }).catch(page.fail());
        }
        page.call('GET', 'settings').then(function (settings) {
            document.getElementById('ratecard-base-currency').textContent = settings.baseCurrency;
            form.setAttribute('data-currency', settings.baseCurrency);
        }, page.fail());
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var values = formValues(form);
            values.currency = form.getAttribute('data-currency');
            page.change('POST', 'rates/cost', values).then(function () { page.say(page.text('saved')); load(); }, page.fail(form));
        });
        load();
    }

    var categoryLozenges = { BILLABLE: 'success', INTERNAL: '', CAPITALIZED: 'complete' };
    var statusLozenges = { OPEN: 'success', CLOSED: 'moved', ARCHIVED: '' };

    /** The translated label of a select's option (the form's own words for a state), else the value. */
    function optionLabel(form, name, value) {
        var option = Array.prototype.find.call(form.elements[name].options, function (o) { return o.value === value; });
        return option ? option.textContent : value;
    }

    function accountsPage(page) {
        var table = document.getElementById('ratecard-accounts');
        var filter = document.getElementById('ratecard-account-filter');
        var form = document.getElementById('ratecard-account-form');
        var title = document.getElementById('ratecard-account-form-title');
        var linkForm = document.getElementById('ratecard-link-form');
        var invoicingForm = document.getElementById('ratecard-invoicing-form');
        var editing = null;
        function editInvoicing(key) {
            invoicingForm.hidden = true;
            page.call('GET', 'accounts/' + encodeURIComponent(key) + '/invoicing').then(function (terms) {
                if (editing !== key) { return; }
                ['street', 'postalCode', 'city', 'country', 'vatId'].forEach(function (name) { invoicingForm.elements[name].value = terms[name]; });
                invoicingForm.elements.paymentDays.value = terms.paymentDays === null ? '' : String(terms.paymentDays);
                invoicingForm.elements.language.value = terms.language;
                invoicingForm.setAttribute('data-account', key);
                document.getElementById('ratecard-invoicing-form-title').textContent = page.text('invoicing') + ' ' + key;
                invoicingForm.hidden = false;
            }, page.fail());
        }
        invoicingForm.addEventListener('submit', function (event) {
            event.preventDefault();
            var v = formValues(invoicingForm);
            var key = invoicingForm.getAttribute('data-account');
            page.call('PUT', 'accounts/' + encodeURIComponent(key) + '/invoicing', {
                street: v.street, postalCode: v.postalCode, city: v.city, country: v.country, vatId: v.vatId,
                paymentDays: v.paymentDays === undefined ? null : Number(v.paymentDays), language: v.language
            }).then(function () { page.say(page.text('saved')); }, page.fail(invoicingForm));
        });
        var einvoiceForm = document.getElementById('ratecard-account-einvoice-form');
        var editEInvoice = einvoiceForm ? accountEInvoiceForm(page, einvoiceForm) : null;
        function edit(account) {
            editing = account.key;
            editInvoicing(account.key);
            if (editEInvoice) { editEInvoice(account.key, function () { return editing === account.key; }); }
            title.textContent = page.text('editing') + ' ' + account.key;
            ['key', 'name', 'customerName', 'currency', 'category', 'status', 'taxRatePercent', 'invoicePrefix'].forEach(function (name) {
                form.elements[name].value = account[name] === null ? '' : account[name];
            });
            form.elements.taxRatePercent.value = window.Ratecard.formatNumber(account.taxRatePercent, null, 0, 2);
            form.elements.incrementMinutes.value = account.billedTime.incrementMinutes;
            form.elements.roundingMode.value = account.billedTime.roundingMode;
            form.elements.minimumMinutes.value = account.billedTime.minimumMinutes;
            form.elements.key.readOnly = true;
            form.scrollIntoView();
        }
        function projectsCell(account) {
            var td = el('td', { 'class': 'ratecard-links' });
            page.call('GET', 'accounts/' + encodeURIComponent(account.key) + '/projects').then(function (links) {
                links.forEach(function (link) {
                    var item = el('span', { 'class': 'ratecard-link' }, [el('span', { text: link.projectKey + (link.isDefault ? ' (' + page.text('default') + ')' : '') })]);
                    if (!link.isDefault) {
                        item.appendChild(button(page.text('make-default'), function () {
                            page.change('PUT', 'projects/' + encodeURIComponent(link.projectKey) + '/accounts/' + encodeURIComponent(account.key) + '/default')
                                .then(function () { page.say(page.text('saved')); load(); }, page.fail());
                        }));
                    }
                    item.appendChild(button(page.text('unlink'), function () {
                        page.change('DELETE', 'projects/' + encodeURIComponent(link.projectKey) + '/accounts/' + encodeURIComponent(account.key))
                            .then(function () { page.say(page.text('saved')); load(); }, page.fail());
                    }));
                    td.appendChild(item);
                });
            }, page.fail());
            return td;
        }
        function load() {
            page.call('GET', 'accounts?limit=200' + (filter.value ? '&status=' + filter.value : '')).then(function (result) {
                rows(table, result.items, page.text('empty'), function (a) {
                    var rule = a.billedTime.incrementMinutes + ' min ' + optionLabel(form, 'roundingMode', a.billedTime.roundingMode)
                        + (a.billedTime.minimumMinutes ? ', min ' + a.billedTime.minimumMinutes : '');
                    return el('tr', { 'data-account': a.key }, [cell(a.key), cell(a.name), cell(a.customerName), cell(a.currency),
                        lozengeCell(optionLabel(form, 'category', a.category), categoryLozenges[a.category]),
                        lozengeCell(optionLabel(form, 'status', a.status), statusLozenges[a.status]), cell(rule), cell(window.Ratecard.formatNumber(a.taxRatePercent, null, 0, 2) + ' %', 'ratecard-money'), projectsCell(a),
                        el('td', {}, [button(page.text('edit'), function () { edit(a); })])]);
                });
            }, page.fail());
        }
        filter.addEventListener('change', load);
        form.addEventListener('reset', function () {
            editing = null;
            invoicingForm.hidden = true;
            title.textContent = page.text('new');
            form.elements.key.readOnly = false;
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var v = formValues(form);
            var body = { key: v.key, name: v.name, customerName: v.customerName || '', currency: v.currency, category: v.category, status: v.status,
                billedTime: { incrementMinutes: Number(v.incrementMinutes), roundingMode: v.roundingMode, minimumMinutes: Number(v.minimumMinutes) },
                taxRatePercent: v.taxRatePercent, invoicePrefix: v.invoicePrefix };
            var request = editing ? page.change('PUT', 'accounts/' + encodeURIComponent(editing), body) : page.call('POST', 'accounts', body);
            request.then(function () { form.reset(); page.say(page.text('saved')); load(); }, page.fail(form));
        });
        linkForm.addEventListener('submit', function (event) {
            event.preventDefault();
            var v = formValues(linkForm);
            page.change('POST', 'projects/' + encodeURIComponent(v.projectKey) + '/accounts', { accountKey: v.accountKey, isDefault: v.isDefault })
                .then(function () { linkForm.reset(); page.say(page.text('saved')); load(); }, page.fail(linkForm));
        });
        load();
    }

    function billPage(page) {
        var table = document.getElementById('ratecard-bill-rates');
        var filter = document.getElementById('ratecard-bill-filter');
        var form = document.getElementById('ratecard-bill-form');
        var labels = scopeLabels(form);
        var levelNames = {};
        var current = null;
        followScope(form);
        // rates name their level by id: they are shown once the level names are known, never before
        var levelsKnown = fillLevels(page, form.querySelector('[name="levelId"]')).then(function (levels) {
            levels.forEach(function (l) { levelNames[l.id] = l.name; });
        }, page.fail());
        function load() {
            if (!current) { return; }
            var query = current.kind === 'account' ? 'account=' : 'project=';
            levelsKnown.then(function () {
                return page.call('GET', 'rates/bill?' + query + encodeURIComponent(current.key));
            }).then(function (rates) {
                rows(table, rates, page.text('empty'), function (rate) { return rateRow(page, rate, levelNames, labels, load); });
            }, page.fail());
        }
        function show(kind, key) {
            current = { kind: kind, key: key };
            form.hidden = false;
            Array.prototype.forEach.call(form.querySelectorAll('[name="scope"] option'), function (o) {
                o.hidden = o.getAttribute('data-kind') !== kind;
            });
            form.elements.scope.value = kind === 'account' ? 'ACCOUNT' : 'PROJECT';
            form.elements.scope.dispatchEvent(new Event('change'));
            if (kind === 'account') {
                page.call('GET', 'accounts/' + encodeURIComponent(key)).then(function (a) { form.elements.currency.value = a.currency; }, page.fail(filter));
            }
            load();
        }
        filter.addEventListener('submit', function (event) {
            event.preventDefault();
            var v = formValues(filter);
            show(v.kind, v.key);
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var values = formValues(form);
            values[current.kind === 'account' ? 'accountKey' : 'projectKey'] = current.key;
            page.change('POST', 'rates/bill', values).then(function () { page.say(page.text('saved')); load(); }, page.fail(form));
        });
        var params = new URLSearchParams(window.location.search);
        if (params.get('account')) { filter.elements.key.value = params.get('account'); show('account', params.get('account')); }
        if (params.get('project')) { filter.elements.kind.value = 'project'; filter.elements.key.value = params.get('project'); show('project', params.get('project')); }
    }

    function fill(template, values) {
        return template.replace(/\{(\d+)\}/g, function (all, index) { return String(values[Number(index)]); });
    }

    /** An amount with its sign, in the page's language; the decimal string is formatted as it is (no floating point where the browser allows). */
    function signedAmount(amount) {
        var locale = document.documentElement.lang || undefined;
        try {
            return new Intl.NumberFormat(locale, { style: 'currency', currency: amount.currency, signDisplay: 'always' }).format(amount.amount);
        } catch (e) {
            return (amount.amount.charAt(0) === '-' ? '' : '+') + amount.amount + ' ' + amount.currency;
        }
    }

    /** The impact in words: how many worklogs are priced again, lose or gain a rate, and how bill and cost move. */
    function impactWords(page, impact) {
        if (!impact.repriced) {
            return [page.text('impact-none')];
        }
        var words = [fill(page.text('impact-repriced'), [impact.repriced])];
        if (impact.losingRate) { words.push(fill(page.text('impact-losing'), [impact.losingRate])); }
        if (impact.gainingRate) { words.push(fill(page.text('impact-gaining'), [impact.gainingRate])); }
        var money = [];
        if (impact.billChange && impact.billChange.length) {
            money.push(fill(page.text('impact-bill'), [impact.billChange.map(signedAmount).join(', ')]));
        }
        if (impact.costChange && impact.costChange.length) {
            money.push(fill(page.text('impact-cost'), [impact.costChange.map(signedAmount).join(', ')]));
        }
        if (money.length) { words.push(money.join('; ')); }
        return words;
    }

    /** An AUI dialog with the impact and Confirm / Cancel; resolves on Confirm, rejects with {cancelled: true} otherwise. */
    function impactDialog(page, impact) {
        return new Promise(function (resolve, reject) {
            var confirm = el('button', { type: 'button', 'class': 'aui-button aui-button-primary', id: 'ratecard-impact-confirm', text: page.text('impact-confirm') });
            var cancel = el('button', { type: 'button', 'class': 'aui-button aui-button-link', id: 'ratecard-impact-cancel', text: page.text('impact-cancel') });
            var dialog = el('section', { id: 'ratecard-impact-dialog', 'class': 'aui-dialog2 aui-dialog2-medium aui-layer', role: 'dialog',
                'aria-hidden': 'true', 'aria-labelledby': 'ratecard-impact-title', 'aria-describedby': 'ratecard-impact-words' }, [
                el('header', { 'class': 'aui-dialog2-header' }, [
                    el('h2', { 'class': 'aui-dialog2-header-main', id: 'ratecard-impact-title', text: page.text('impact-title') })]),
                el('div', { 'class': 'aui-dialog2-content', id: 'ratecard-impact-words' },
                    impactWords(page, impact).map(function (sentence) { return el('p', { text: sentence }); })),
                el('footer', { 'class': 'aui-dialog2-footer' }, [el('div', { 'class': 'aui-dialog2-footer-actions' }, [confirm, cancel])])
            ]);
            document.body.appendChild(dialog);
            var aui = window.AJS && window.AJS.dialog2 ? window.AJS.dialog2(dialog) : null;
            var settled = false;
            function close(confirmed) {
                if (settled) { return; }
                settled = true;
                if (aui) { aui.hide(); }
                if (dialog.parentNode) { dialog.parentNode.removeChild(dialog); }
                if (confirmed) { resolve(); } else { reject({ cancelled: true }); }
            }
            confirm.addEventListener('click', function () { close(true); });
            cancel.addEventListener('click', function () { close(false); });
            if (aui) {
                aui.on('hide', function () { close(false); });
                aui.show();
            } else {
                dialog.setAttribute('aria-hidden', 'false');
                dialog.setAttribute('open', '');
            }
            confirm.focus();
        });
    }

    function duration(seconds) {
        if (seconds === null || seconds === undefined) { return ''; }
        var h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
        return (h ? h + ' h ' : '') + (h || m ? m + ' min ' : '') + s + ' s';
    }

    function progressCell(page, job) {
        var detail = fill(page.text('progress'), [job.done.toLocaleString(window.Ratecard.locale()), job.total.toLocaleString(window.Ratecard.locale())])
            + ' (' + job.percent + ' %)';
        var bar = el('progress', { max: '100', value: String(job.percent), 'aria-label': detail });
        var words = function (name) { return page.root.getAttribute('data-text-' + name) || ''; };
        var line = window.RatecardProgress.text({ done: job.done, total: job.total, etaSeconds: job.etaSeconds, running: job.state === 'RUNNING' }, words);
        var children = [bar, el('span', { 'class': 'ratecard-progress-text', text: ' ' + line + ' (' + job.percent + ' %)' })];
        if (job.skipped > 0) {
            children.push(el('div', { 'class': 'ratecard-muted', text: fill(page.text(job.skipped === 1 ? 'skipped-one' : 'skipped'), [job.skipped.toLocaleString(window.Ratecard.locale())]) }));
        }
        if (job.lastError && job.state !== 'DONE') {
            children.push(el('div', { 'class': 'ratecard-error', text: job.lastError }));
        }
        return el('td', { 'class': 'ratecard-progress' }, children);
    }

    function ledgerPage(page) {
        var jobsTable = document.getElementById('ratecard-jobs');
        var healthCells = document.querySelectorAll('#ratecard-health tbody td');
        var form = document.getElementById('ratecard-settings-form');
        var timer = null;
        function act(job, action) {
            return function () {
                if (action === 'cancel' && !window.confirm(page.text('confirm-cancel'))) { return; }
                page.call('POST', 'admin/jobs/' + job.id + '/' + action).then(load, page.fail());
            };
        }
        var mayRunJobs = page.root.getAttribute('data-may-run-jobs') === 'true';
        var stateLozenges = { RUNNING: 'current', PAUSED: 'moved', CANCELLED: '', DONE: 'success', FAILED: 'removed' };
        function jobRow(job) {
            var actions = [];
            if (job.state === 'RUNNING') { actions.push(button(page.text('pause'), act(job, 'pause'))); }
            if (job.state === 'PAUSED' || job.state === 'FAILED') { actions.push(button(page.text('resume'), act(job, 'resume'))); }
            if (job.state === 'RUNNING' || job.state === 'PAUSED' || job.state === 'FAILED') { actions.push(button(page.text('cancel'), act(job, 'cancel'))); }
            if (!mayRunJobs) { actions = []; }
            return el('tr', { 'data-job': String(job.id), 'data-state': job.state }, [
                cell(job.id), cell(page.text('kind-' + job.kind.toLowerCase())), cell(job.work.reasonText || job.work.reason),
                el('td', { 'class': 'ratecard-state-' + job.state.toLowerCase() }, [lozenge(page.text('state-' + job.state.toLowerCase()), stateLozenges[job.state])]),
                progressCell(page, job), cell(job.perSecond ? job.perSecond.toLocaleString(window.Ratecard.locale()) : ''), cell(duration(job.etaSeconds)),
                el('td', {}, actions)]);
        }
        // the health counts whole tables: read once, and again when running work ends; only the cheap job list is polled
        function health() {
            page.call('GET', 'admin/health').then(function (health) {
                ['PRICED', 'MISSING_COST_RATE', 'MISSING_BILL_RATE', 'NO_ACCOUNT'].forEach(function (status, i) {
                    healthCells[i].textContent = (health.entriesByStatus[status] || 0).toLocaleString(window.Ratecard.locale());
                });
                healthCells[4].textContent = health.retryQueue.toLocaleString(window.Ratecard.locale());
            }, page.fail());
        }
        var wasRunning = false;
        function load() {
            if (timer) { timer.stop(); }
            timer = window.RatecardProgress.follow(function () {
                return page.call('GET', 'admin/jobs?limit=20').then(function (answer) {
                    rows(jobsTable, answer.jobs, page.text('empty'), jobRow);
                    var running = answer.jobs.some(function (job) { return job.state === 'RUNNING'; });
                    if (wasRunning && !running) { health(); }
                    wasRunning = running;
                    return running;
                }, page.fail());
            }, function (running) { return running === true; });
        }
        var backfill = document.getElementById('ratecard-backfill');
        if (backfill) {
            backfill.addEventListener('click', function () {
                page.call('POST', 'admin/backfill').then(function () { page.say(page.text('started')); load(); }, page.fail());
            });
        }
        if (form) {
            settingsForm(page, form, load);
        }
        var einvoiceForm = document.getElementById('ratecard-einvoice-form');
        if (einvoiceForm) {
            eInvoiceSettingsForm(page, einvoiceForm);
        }
        health();
        load();
    }

    /** The ledger's settings, for who may keep them (the page leaves the form out for others). */
    function settingsForm(page, form, load) {
        page.call('GET', 'settings').then(function (settings) {
            form.elements.baseCurrency.value = settings.baseCurrency;
            form.elements.reportingZone.value = settings.reportingZone;
            form.elements.fiscalYearStart.value = settings.fiscalYearStart;
            form.elements.invoiceNumberPattern.value = settings.invoiceNumberPattern;
            ['sellerName', 'sellerCountry', 'sellerStreet', 'sellerCity', 'sellerPostalCode', 'sellerVatId'].forEach(function (name) {
                form.elements[name].value = settings[name];
            });
            form.elements.creditNoteNumberPattern.value = settings.creditNoteNumberPattern;
        }, page.fail());
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var values = formValues(form);
            // an emptied address line or VAT number is cleared, not kept
            ['sellerStreet', 'sellerCity', 'sellerPostalCode', 'sellerVatId'].forEach(function (name) {
                if (values[name] === undefined) { values[name] = ''; }
            });
            page.call('PUT', 'settings', values).then(function () { page.say(page.text('saved')); load(); }, page.fail(form));
        });
    }

    var SELLER_EINVOICE = ['iban', 'bic', 'endpointScheme', 'endpointId', 'contactName', 'contactPhone', 'contactEmail'];

    /** What e-invoices say of the seller beyond the settings: bank account, electronic address, contact (PUT replaces all of it). */
    function eInvoiceSettingsForm(page, form) {
        page.call('GET', 'settings/einvoice').then(function (terms) {
            SELLER_EINVOICE.forEach(function (name) { form.elements[name].value = terms[name] || ''; });
        }, page.fail());
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var body = {};
            SELLER_EINVOICE.forEach(function (name) { body[name] = form.elements[name].value; });
            page.call('PUT', 'settings/einvoice', body).then(function () { page.say(page.text('saved')); }, page.fail(form));
        });
    }

    var ACCOUNT_EINVOICE = ['buyerReference', 'orderReference', 'endpointScheme', 'endpointId', 'vatCategory', 'exemptionReasonCode', 'exemptionReason'];

    /** An account's e-invoice terms, shown with its invoicing details when the account is edited. */
    function accountEInvoiceForm(page, form) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var key = form.getAttribute('data-account');
            var body = { xrechnung: form.elements.xrechnung.checked };
            ACCOUNT_EINVOICE.forEach(function (name) { body[name] = form.elements[name].value; });
            page.call('PUT', 'accounts/' + encodeURIComponent(key) + '/einvoice', body).then(function () { page.say(page.text('saved')); },
                page.fail(form));
        });
        return function (key, isCurrent) {
            form.hidden = true;
            page.call('GET', 'accounts/' + encodeURIComponent(key) + '/einvoice').then(function (terms) {
                if (!isCurrent()) { return; }
                ACCOUNT_EINVOICE.forEach(function (name) { form.elements[name].value = terms[name] || ''; });
                form.elements.xrechnung.checked = terms.xrechnung === true;
                form.setAttribute('data-account', key);
                document.getElementById('ratecard-account-einvoice-title').textContent = form.getAttribute('data-title') + ' ' + key;
                form.hidden = false;
            }, page.fail());
        };
    }

    var pages = {
        'ratecard-levels-page': levelsPage,
        'ratecard-cost-page': costPage,
        'ratecard-accounts-page': accountsPage,
        'ratecard-bill-page': billPage,
        'ratecard-ledger-page': ledgerPage
    };

    function start() {
        Object.keys(pages).forEach(function (id) {
            var root = document.getElementById(id);
            if (root) { pages[id](new Page(root)); }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window, document));
