/*
 * Ratecard's Budget page: sends the budget and expense editors to the REST API as JSON and
 * reloads the page, which the server draws. Editing fills the budget form with the budget shown
 * and saves it whole. Messages are shown with textContent only.
 */
(function (window, document) {
    'use strict';

    function call(method, path, body) {
        return window.Ratecard.rest(method, path, body);
    }

    function value(form, name) {
        return window.Ratecard.fieldValue(form.elements[name]);
    }

    function init(root) {
        var scopeKind = root.getAttribute('data-scope-kind');
        var scopeKey = root.getAttribute('data-scope-key');

        function fail(form) {
            return window.Ratecard.failure(root, form);
        }

        function reload(budgetId) {
            var url = window.location.pathname + '?' + (scopeKind === 'ACCOUNT' ? 'account=' : 'project=') + encodeURIComponent(scopeKey);
            window.location.assign(budgetId ? url + '&budget=' + budgetId : url);
        }

        /** "2026-12-01 = 25000; 2027-01-01 = 18000" as the REST API's [{from, amount}]; the server checks each. */
        function periodAmounts(text) {
            if (text === undefined) { return []; }
            return text.split(/[;\n]+/).map(function (pair) { return pair.trim(); }).filter(Boolean).map(function (pair) {
                var parts = pair.split('=');
                return { from: (parts[0] || '').trim(), amount: window.Ratecard.parseNumber((parts[1] || '').trim()) };
            });
        }

        /** "80; 100" or "80 100" as the REST API's thresholds, each read in the viewer's locale; a comma is a German decimal sign, so never a separator. */
        function thresholdList(text) {
            if (text === undefined) { return undefined; }
            return text.split(/[;\s]+/).filter(Boolean).map(function (each) { return window.Ratecard.parseNumber(each); });
        }

        var budgetForm = document.getElementById('ratecard-budget-form');
        var editing = null;
        if (budgetForm) {
            budgetForm.addEventListener('submit', function (event) {
                event.preventDefault();
                var body = {
                    scopeKind: scopeKind, scopeKey: scopeKey, measure: value(budgetForm, 'measure'), amount: value(budgetForm, 'amount'),
                    hours: value(budgetForm, 'hours'), period: value(budgetForm, 'period'),
                    from: value(budgetForm, 'from'), to: value(budgetForm, 'to'),
                    thresholds: thresholdList(value(budgetForm, 'thresholds')),
                    periodAmounts: periodAmounts(value(budgetForm, 'periodAmounts'))
                };
                if (editing) {
                    body.owner = editing.owner;
                    body.currency = editing.amount ? editing.amount.currency : undefined;
                }
                call(editing ? 'PUT' : 'POST', editing ? 'budgets/' + editing.id : 'budgets', body)
                    .then(function (saved) { reload(saved.id); }, fail(budgetForm));
            });
        }

        var editBudget = document.getElementById('ratecard-budget-edit');
        if (editBudget && budgetForm) {
            editBudget.addEventListener('click', function () {
                call('GET', 'budgets/' + editBudget.getAttribute('data-budget')).then(function (budget) {
                    editing = budget;
                    var fields = budgetForm.elements;
                    fields.measure.value = budget.measure;
                    fields.amount.value = budget.amount ? budget.amount.amount : '';
                    fields.hours.value = budget.hours === null || budget.hours === undefined ? '' : String(budget.hours);
                    fields.period.value = budget.period;
                    fields.from.value = budget.from;
                    fields.to.value = budget.to;
                    fields.thresholds.value = budget.thresholds.join('; ');
                    fields.periodAmounts.value = budget.periodAmounts.map(function (each) {
                        return each.from + ' = ' + each.amount.amount;
                    }).join('; ');
                    budgetForm.querySelector('h3').textContent = budgetForm.getAttribute('data-text-edit');
                    budgetForm.querySelector('button[type=submit]').textContent = budgetForm.getAttribute('data-text-save');
                    budgetForm.scrollIntoView();
                    fields.amount.focus();
                }, fail(null));
            });
        }

        var expenseForm = document.getElementById('ratecard-expense-form');
        var editingExpense = null;
        if (expenseForm) {
            expenseForm.addEventListener('submit', function (event) {
                event.preventDefault();
                var issue = value(expenseForm, 'issue');
                call(editingExpense ? 'PUT' : 'POST', editingExpense ? 'expenses/' + editingExpense : 'expenses', {
                    scopeKind: issue ? 'ISSUE' : scopeKind, scopeKey: issue || scopeKey, date: value(expenseForm, 'date'),
                    category: value(expenseForm, 'category'), amount: value(expenseForm, 'amount'), currency: value(expenseForm, 'currency'),
                    billable: expenseForm.elements.billable.checked, markupPercent: value(expenseForm, 'markupPercent'),
                    description: value(expenseForm, 'description')
                }).then(function () { reload(currentBudget()); }, fail(expenseForm));
            });
        }

        function currentBudget() {
            var section = document.getElementById('ratecard-budget');
            return section ? section.getAttribute('data-budget') : null;
        }

        var deleteBudget = document.getElementById('ratecard-budget-delete');
        if (deleteBudget) {
            deleteBudget.addEventListener('click', function () {
                if (window.confirm(root.getAttribute('data-text-confirm-delete'))) {
                    call('DELETE', 'budgets/' + deleteBudget.getAttribute('data-budget')).then(function () { reload(null); }, fail(null));
                }
            });
        }
        Array.prototype.forEach.call(root.querySelectorAll('.ratecard-expense-edit'), function (button) {
            button.addEventListener('click', function () {
                if (!expenseForm) { return; }
                var id = button.getAttribute('data-expense');
                call('GET', 'expenses/' + id).then(function (expense) {
                    editingExpense = id;
                    var fields = expenseForm.elements;
                    fields.date.value = expense.date;
                    fields.issue.value = expense.scope.kind === 'ISSUE' ? expense.scope.key : '';
                    fields.category.value = expense.category;
                    fields.amount.value = expense.amount.amount;
                    fields.currency.value = expense.amount.currency;
                    fields.billable.checked = expense.billable;
                    fields.markupPercent.value = expense.billable && Number(expense.markupPercent) !== 0 ? expense.markupPercent : '';
                    fields.description.value = expense.description || '';
                    expenseForm.querySelector('h3').textContent = expenseForm.getAttribute('data-text-edit');
                    expenseForm.querySelector('button[type=submit]').textContent = expenseForm.getAttribute('data-text-save');
                    expenseForm.scrollIntoView();
                    fields.amount.focus();
                }, fail(null));
            });
        });
        Array.prototype.forEach.call(root.querySelectorAll('.ratecard-expense-delete'), function (button) {
            button.addEventListener('click', function () {
                if (window.confirm(root.getAttribute('data-text-confirm-delete-expense'))) {
                    call('DELETE', 'expenses/' + button.getAttribute('data-expense')).then(function () { reload(currentBudget()); }, fail(null));
                }
            });
        });
    }

    /** Shows a burn chart point's value beside it while the pointer is on it or it has the keyboard's focus. */
    function initChartTips(figure) {
        var tip = document.getElementById('ratecard-burn-tip');
        if (!tip) { return; }
        function show(point) {
            var box = point.getBoundingClientRect();
            var frame = figure.getBoundingClientRect();
            tip.textContent = point.getAttribute('data-label');
            tip.hidden = false;
            var left = box.left - frame.left + box.width / 2 - tip.offsetWidth / 2;
            tip.style.left = Math.max(0, Math.min(left, frame.width - tip.offsetWidth)) + 'px';
            tip.style.top = Math.max(0, box.top - frame.top - tip.offsetHeight - 6) + 'px';
        }
        function hide() { tip.hidden = true; }
        Array.prototype.forEach.call(figure.querySelectorAll('.ratecard-burn-point'), function (point) {
            point.addEventListener('mouseenter', function () { show(point); });
            point.addEventListener('focus', function () { show(point); });
            point.addEventListener('mouseleave', hide);
            point.addEventListener('blur', hide);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var root = document.getElementById('ratecard-budget-page');
        if (root) {
            init(root);
        }
        var figure = document.getElementById('ratecard-burn-figure');
        if (figure) {
            initChartTips(figure);
        }
    });
}(window, document));
