// The sandbox's stand-in for Jira's Log work dialog: the worklog goes to the development endpoint,
// which takes it through the same entry point as Jira's worklog events.
(function () {
    'use strict';
    var form = document.getElementById('sb-log-work-form');
    if (!form) {
        return;
    }
    var message = form.querySelector('.sb-form-message');
    var started = form.elements.started;
    if (!started.value) {
        var now = new Date();
        started.value = new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().substring(0, 16);
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

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        var body = JSON.stringify({
            issue: form.getAttribute('data-issue'),
            started: new Date(started.value).toISOString().replace(/\.\d+Z$/, 'Z'),
            timeSpentSeconds: seconds(form.elements.timeSpent.value),
            comment: form.elements.comment.value || null
        });
        fetch('/sandbox/api/worklogs', {
            method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body, credentials: 'same-origin'
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
    });
}());
