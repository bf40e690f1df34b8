// The sandbox's stand-ins for Jira's issue screens: the edit screen's Account and Billable fields,
// saved as the field types would, and the Log work dialog, whose worklog goes through the same
// entry point as Jira's worklog events.
(function () {
    'use strict';

    function send(form, method, url, body) {
        var message = form.querySelector('.sb-form-message');
        fetch(url, {
            method: method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin'
        }).then(function (response) {
            if (response.ok) {
                window.location.reload();
                return;
            }
            return response.json().then(function (error) {
                message.textContent = error.message || ('Error ' + response.status);
                message.hidden = false;
            });
        });
    }

    /** Jira's duration words: "1h 30m", "2d", "1w 2d 4h" (a day of 8 hours, a week of 5 days); null when they are not that. */
    function seconds(text) {
        var parts = /^\s*(?:(\d+)w)?\s*(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+)m)?\s*$/.exec(text || '');
        if (!parts || !/\d/.test(text)) {
            return null;
        }
        var units = [5 * 8 * 3600, 8 * 3600, 3600, 60];
        return units.reduce(function (sum, unit, i) { return sum + Number(parts[i + 1] || 0) * unit; }, 0);
    }

    var billing = document.getElementById('sb-billing-form');
    if (billing) {
        billing.addEventListener('submit', function (event) {
            event.preventDefault();
            send(billing, 'PUT', '/sandbox/api/issues/' + encodeURIComponent(billing.getAttribute('data-issue')) + '/fields',
                { account: billing.elements.account.value, billable: billing.elements.billable.value });
        });
    }

    var logWork = document.getElementById('sb-log-work-form');
    if (logWork) {
        var started = logWork.elements.started;
        if (!started.value) {
            var now = new Date();
            started.value = new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().substring(0, 16);
        }
        logWork.addEventListener('submit', function (event) {
            event.preventDefault();
            send(logWork, 'POST', '/sandbox/api/worklogs', {
                issue: logWork.getAttribute('data-issue'),
                started: new Date(started.value).toISOString().replace(/\.\d+Z$/, 'Z'),
                timeSpentSeconds: seconds(logWork.elements.timeSpent.value),
                comment: logWork.elements.comment.value || null
            });
        });
    }
}());
