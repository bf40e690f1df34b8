/*
 * Ratecard's timesheet pages: My timesheet submits the period shown; Approvals approves, rejects (with a reason) or
 * reopens the chosen timesheets and reports each one's outcome; Periods closes and reopens months and accepts or flags
 * pending changes. Every action goes to the REST API as JSON; the page is drawn again by the server afterwards, except
 * when something was refused, which is shown in the page's message box as text.
 */
(function (window, document) {
    'use strict';

    function on(id, event, handler) {
        var element = document.getElementById(id);
        if (element) {
            element.addEventListener(event, handler);
        }
    }

    /** Runs a call with its button disabled and busy; success reloads the page, a refusal is shown. */
    function act(root, button, call, form) {
        if (button.disabled) {
            return;
        }
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        call().then(function (answer) {
            var refused = Array.isArray(answer) ? answer.filter(function (outcome) { return !outcome.done; }) : [];
            if (refused.length) {
                button.disabled = false;
                button.removeAttribute('aria-busy');
                window.Ratecard.failure(root, form)({ message: refused.map(function (o) { return o.userKey + ': ' + o.message; }).join(' · ') });
                return;
            }
            window.location.reload();
        }, function (error) {
            button.disabled = false;
            button.removeAttribute('aria-busy');
            window.Ratecard.failure(root, form)(error);
        });
    }

    function myTimesheet(root) {
        on('ratecard-timesheet-submit', 'click', function (event) {
            act(root, event.currentTarget, function () {
                return window.Ratecard.rest('POST', 'timesheets/mine/submit', { cadence: root.getAttribute('data-cadence'), day: root.getAttribute('data-day') });
            });
        });
    }

    function approvals(root) {
        var form = document.getElementById('ratecard-approvals-form');
        if (!form) {
            return;
        }
        var boxes = function () { return Array.prototype.slice.call(form.querySelectorAll('input[name=users]')); };
        on('ratecard-approvals-all', 'change', function (event) {
            boxes().forEach(function (box) { box.checked = event.target.checked; });
        });
        function decide(path, needsReason) {
            return function (event) {
                var users = boxes().filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
                var reason = window.Ratecard.fieldValue(form.elements.reason);
                if (!users.length) {
                    window.Ratecard.failure(root, form)({ message: root.getAttribute('data-none-chosen') || '—' });
                    return;
                }
                act(root, event.currentTarget, function () {
                    return window.Ratecard.rest('POST', 'approvals/' + path, { cadence: root.getAttribute('data-cadence'), day: root.getAttribute('data-day'),
                        users: users, reason: needsReason ? (reason || null) : null });
                }, form);
            };
        }
        on('ratecard-approve', 'click', decide('approve', false));
        on('ratecard-reject', 'click', decide('reject', true));
        on('ratecard-reopen', 'click', decide('reopen', true));
    }

    function periods(root) {
        var form = document.getElementById('ratecard-close-form');
        Array.prototype.forEach.call(root.querySelectorAll('.ratecard-choose-period'), function (button) {
            button.addEventListener('click', function () {
                form.elements.month.value = button.getAttribute('data-month');
                form.elements.projectKey.value = button.getAttribute('data-project');
                form.elements.reason.focus();
            });
        });
        function month(path) {
            return function (event) {
                act(root, event.currentTarget, function () {
                    return window.Ratecard.rest('POST', 'periods/' + path, { month: form.elements.month.value,
                        projectKey: form.elements.projectKey.value || null, reason: window.Ratecard.fieldValue(form.elements.reason) || null });
                }, form);
            };
        }
        on('ratecard-close-month', 'click', month('close'));
        on('ratecard-reopen-month', 'click', month('reopen'));
        Array.prototype.forEach.call(root.querySelectorAll('.ratecard-accept-change, .ratecard-flag-change'), function (button) {
            button.addEventListener('click', function () {
                var path = button.classList.contains('ratecard-accept-change') ? 'accept' : 'flag';
                act(root, button, function () {
                    return window.Ratecard.rest('POST', 'pending-changes/' + button.getAttribute('data-change') + '/' + path);
                });
            });
        });
    }

    function init() {
        var pages = { 'ratecard-timesheet-page': myTimesheet, 'ratecard-approvals-page': approvals, 'ratecard-periods-page': periods };
        Object.keys(pages).forEach(function (id) {
            var root = document.getElementById(id);
            if (root) {
                pages[id](root);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}(window, document));
