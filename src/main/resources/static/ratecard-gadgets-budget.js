/*
 * The Budget burn gadget: one budget of a project (GET /budgets/{id}/status, View costs or finance),
 * how much of its current period is spent, what is left, the run-rate forecast and the run-out day.
 * Preferences: the project key and the budget id, nothing else.
 */
define('ratecard/gadgets/budget-burn', ['jquery', 'ratecard/gadgets/common'], function ($, common) {
    'use strict';

    var el = common.el;

    function BudgetBurn(api) {
        this.api = api;
    }

    function settings(preferences) {
        var budget = common.preference(preferences, 'budget');
        return { project: common.preference(preferences, 'project').toUpperCase(), budget: /^\d+$/.test(budget) ? budget : '' };
    }

    function figure(name, label, value) {
        return el('div', { className: 'ratecard-gadget-figure', 'data-figure': name }, [
            el('dt', {}, [label]), el('dd', { className: 'ratecard-gadget-value' }, [value])]);
    }

    function state(t, money) {
        if (money.over) { return { text: t('budget.over'), className: 'aui-lozenge-removed', state: 'over' }; }
        if (money.forecastOver) { return { text: t('budget.forecastOver'), className: 'aui-lozenge-moved', state: 'forecast-over' }; }
        return { text: t('budget.onTrack'), className: 'aui-lozenge-success', state: 'on-track' };
    }

    function meter(percent, over) {
        var fill = el('div', { className: 'ratecard-gadget-meter-fill' + (over ? ' ratecard-gadget-meter-over' : '') });
        fill.style.width = Math.max(0, Math.min(100, Number(percent) || 0)) + '%';
        return el('div', { className: 'ratecard-gadget-meter', role: 'presentation' }, [fill]);
    }

    function moneyView(t, money) {
        var verdict = state(t, money);
        return [
            el('p', { className: 'ratecard-gadget-headline', 'data-state': verdict.state }, [
                el('span', { className: 'aui-lozenge ' + verdict.className }, [verdict.text]), ' ',
                el('span', { className: 'ratecard-gadget-consumed' }, [t('budget.consumed', common.number(money.consumedPercent, 1))])]),
            meter(money.consumedPercent, money.over),
            el('dl', { className: 'ratecard-gadget-figures' }, [
                figure('budget', t('budget.amount'), common.money(money.budget)),
                figure('spent', t('budget.spent'), common.money(money.actual)),
                figure('remaining', t('budget.remaining'), common.money(money.remaining)),
                figure('forecast', t('budget.forecast'), common.money(money.forecast)),
                figure('run-out', t('budget.runOut'), money.runOut ? common.date(money.runOut) : t('budget.runOut.never'))]),
            el('p', { className: 'ratecard-gadget-period' }, [t('budget.period', common.date(money.periodFrom), common.date(money.periodTo))])];
    }

    function hoursView(t, hours) {
        return [
            el('p', { className: 'ratecard-gadget-headline', 'data-state': hours.over ? 'over' : 'on-track' }, [
                el('span', { className: 'ratecard-gadget-consumed' }, [t('budget.consumed', common.number(hours.consumedPercent, 1))])]),
            meter(hours.consumedPercent, hours.over),
            el('dl', { className: 'ratecard-gadget-figures' }, [figure('hours', t('budget.hours'),
                t('budget.hoursOf', common.number(hours.actualSeconds / 3600, 1), common.number(hours.budgetSeconds / 3600, 1)))]),
            el('p', { className: 'ratecard-gadget-period' }, [t('budget.period', common.date(hours.periodFrom), common.date(hours.periodTo))])];
    }

    BudgetBurn.prototype.render = function (context, preferences) {
        var self = this;
        var api = this.api;
        var chosen = settings(preferences);
        var node = common.root(context);
        node.appendChild(el('div', { className: 'ratecard-gadget ratecard-gadget-budget' }));
        var body = node.firstChild;
        var configure = function () { self.renderEdit(context, preferences); };
        common.texts().then(function (t, textsFailure) {
            if (textsFailure) { common.failure(body, api, t, 'denied.budget', textsFailure); return; }
            api.setTitle(chosen.project ? t('budget.title') + ': ' + chosen.project : t('budget.title'));
            if (!chosen.project || !chosen.budget) {
                common.message(body, api, t, 'info', t('incomplete.budget'), configure);
                return;
            }
            api.showLoadingBar();
            common.get('budgets/' + encodeURIComponent(chosen.budget) + '/status').then(function (status) {
                api.hideLoadingBar();
                if (status.budget.scope.kind !== 'PROJECT' || status.budget.scope.key !== chosen.project) {
                    common.message(body, api, t, 'warning', t('notfound'), configure);
                    return;
                }
                var parts = status.money ? moneyView(t, status.money) : status.hours ? hoursView(t, status.hours) : [];
                parts.forEach(function (part) { body.appendChild(part); });
                body.appendChild(el('p', {}, [el('a', { className: 'ratecard-gadget-link', href: common.contextPath()
                    + '/plugins/servlet/ratecard/budgets?project=' + encodeURIComponent(chosen.project) + '&budget='
                    + encodeURIComponent(chosen.budget) }, [t('budget.open')])]));
                api.resize();
            }, function (error) {
                api.hideLoadingBar();
                common.failure(body, api, t, 'denied.budget', error, configure);
            });
        });
    };

    function budgetLabel(budget) {
        var amount = budget.amount ? common.money(budget.amount) : (budget.hours || '') + ' h';
        return common.date(budget.from) + ' – ' + common.date(budget.to) + ' · ' + amount + ' (' + budget.period + ', ' + budget.measure + ')';
    }

    BudgetBurn.prototype.renderEdit = function (context, preferences) {
        var self = this;
        var api = this.api;
        var chosen = settings(preferences);
        var node = common.root(context);
        common.texts().then(function (t) {
            var project = el('input', { className: 'text', type: 'text', name: 'project', maxlength: 255, value: chosen.project, 'aria-required': 'true' });
            var load = el('button', { className: 'aui-button ratecard-gadget-load', type: 'button' }, [t('budget.load')]);
            var budget = el('select', { className: 'select', name: 'budget', disabled: true }, [el('option', { value: '' }, [t('budget.choose')])]);
            var note = el('div', { className: 'ratecard-gadget-form-note', 'aria-live': 'polite' });
            var form = el('form', { className: 'aui ratecard-gadget-form ratecard-gadget-budget-form' }, [
                common.field('ratecard-gadget-project-' + api.getGadgetId(), t('project'), project, t('project.help')),
                el('div', { className: 'field-group' }, [load]),
                common.field('ratecard-gadget-budget-' + api.getGadgetId(), t('budget'), budget), note, common.buttons(api, t)]);
            node.appendChild(form);

            function loadBudgets(selected) {
                var key = project.value.trim().toUpperCase();
                while (note.firstChild) { note.removeChild(note.firstChild); }
                while (budget.options.length > 1) { budget.remove(1); }
                budget.disabled = true;
                if (!key) { return; }
                common.get('budgets?scopeKind=PROJECT&scopeKey=' + encodeURIComponent(key)).then(function (budgets) {
                    budgets.forEach(function (b) {
                        budget.appendChild(el('option', { value: b.id, selected: String(b.id) === selected }, [budgetLabel(b)]));
                    });
                    budget.disabled = budgets.length === 0;
                    if (budgets.length === 0) { note.appendChild(el('p', {}, [t('budget.none')])); }
                    if (budgets.length === 1) { budget.value = String(budgets[0].id); }
                    api.resize();
                }, function (error) {
                    common.failure(note, api, t, 'denied.budget', error);
                });
            }

            load.addEventListener('click', function () { loadBudgets(''); });
            project.addEventListener('change', function () { loadBudgets(''); });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var key = project.value.trim().toUpperCase();
                if (!key || !budget.value) {
                    while (note.firstChild) { note.removeChild(note.firstChild); }
                    common.message(note, api, t, 'info', t('incomplete.budget'));
                    return;
                }
                api.savePreferences({ project: key, budget: budget.value });
            });
            if (chosen.project) { loadBudgets(chosen.budget); }
            api.resize();
        });
        return self;
    };

    return BudgetBurn;
});
