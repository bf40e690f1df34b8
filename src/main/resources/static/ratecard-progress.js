/*
 * Ratecard live progress: "12,400 of 50,000 · about 3 min left", kept up to date without a reload.
 * RatecardProgress.text(progress, words) writes the line; RatecardProgress.follow(poll, every, isRunning)
 * polls while work runs and stops when it is done. An element with data-progress-jobs="<rest>/admin/jobs?…"
 * lists the open jobs (the admin overview); one with data-progress-url="<url>" follows one piece of work
 * answered as {done, total, etaSeconds, running} (the sandbox's demo pricing). Words come from the
 * element's data-text-* attributes: of ("{0} of {1}"), eta ("about {0} left"), estimating, hours ("{0} h {1} min"),
 * minutes ("{0} min"), under-a-minute, done, and kind-<kind> for job kinds.
 */
(function (window, document) {
    'use strict';

    var EVERY_MS = 2000;

    function fill(template, values) {
        return String(template).replace(/\{(\d+)\}/g, function (all, index) { return String(values[Number(index)]); });
    }

    function words(element) {
        return function (name) { return element.getAttribute('data-text-' + name) || ''; };
    }

    /** About how long: whole minutes (hours and minutes from an hour on), or less than a minute. */
    function duration(seconds, text) {
        if (seconds < 60) { return text('under-a-minute'); }
        var minutes = Math.round(seconds / 60);
        if (minutes < 60) { return fill(text('minutes'), [minutes]); }
        return fill(text('hours'), [Math.floor(minutes / 60), minutes % 60]);
    }

    /** A count as the page's language writes it (the page's locale when the Ratecard script is there, else the browser's). */
    function count(value) {
        var locale = window.Ratecard && window.Ratecard.locale ? window.Ratecard.locale() : undefined;
        return value.toLocaleString(locale);
    }

    /** "12,400 of 50,000 · about 3 min left" (done is never shown above total), or without the estimate until there is one. */
    function text(progress, words) {
        var total = Math.max(0, progress.total || 0);
        var done = Math.min(Math.max(0, progress.done || 0), total);
        var line = fill(words('of'), [count(done), count(total)]);
        if (progress.running === false) { return line; }
        if (progress.etaSeconds === null || progress.etaSeconds === undefined) {
            return words('estimating') ? line + ' \u00b7 ' + words('estimating') : line;
        }
        return line + ' \u00b7 ' + fill(words('eta'), [duration(Math.max(0, progress.etaSeconds), words)]);
    }

    /** Calls poll() now and every few seconds while isRunning(answer) holds; poll returns a promise of the answer. */
    function follow(poll, isRunning, every) {
        var timer = null;
        function tick() {
            window.clearTimeout(timer);
            poll().then(function (answer) {
                if (isRunning(answer)) { timer = window.setTimeout(tick, every || EVERY_MS); }
            }, function () { timer = window.setTimeout(tick, (every || EVERY_MS) * 5); });
        }
        tick();
        return { stop: function () { window.clearTimeout(timer); } };
    }

    function getJson(url) {
        return window.fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
            if (!response.ok) { throw new Error(String(response.status)); }
            return response.json();
        });
    }

    function bar(done, total, label) {
        var progress = document.createElement('progress');
        progress.max = Math.max(1, total);
        progress.value = Math.min(done, total);
        progress.setAttribute('aria-label', label);
        return progress;
    }

    /** The admin overview: each running or paused job as a bar and a line; the section hides when none is open. */
    function followJobs(element) {
        var say = words(element);
        var list = element.querySelector('.ratecard-progress-list');
        follow(function () {
            return getJson(element.getAttribute('data-progress-jobs')).then(function (answer) {
                var open = answer.jobs.filter(function (job) { return job.state === 'RUNNING' || job.state === 'PAUSED'; });
                list.textContent = '';
                open.forEach(function (job) {
                    var line = say('kind-' + job.kind.toLowerCase()) + ': ' + text({ done: job.done, total: job.total,
                        etaSeconds: job.etaSeconds, running: job.state === 'RUNNING' }, say);
                    var item = document.createElement('li');
                    item.setAttribute('data-job', String(job.id));
                    item.appendChild(bar(job.done, job.total, line));
                    item.appendChild(document.createTextNode(' ' + line));
                    list.appendChild(item);
                });
                element.hidden = open.length === 0;
                return answer;
            });
        }, function (answer) { return answer.jobs.some(function (job) { return job.state === 'RUNNING'; }); });
    }

    /** One piece of work: its line, and a last word when it is done. */
    function followOne(element) {
        var say = words(element);
        var line = element.querySelector('.ratecard-progress-line') || element;
        follow(function () {
            return getJson(element.getAttribute('data-progress-url')).then(function (progress) {
                if (progress.running) {
                    line.textContent = text(progress, say);
                } else {
                    element.textContent = say('done');
                }
                return progress;
            });
        }, function (progress) { return progress.running; });
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-progress-jobs]'), followJobs);
        Array.prototype.forEach.call(document.querySelectorAll('[data-progress-url]'), followOne);
    }

    window.RatecardProgress = { text: text, follow: follow, duration: duration };

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window, document));
