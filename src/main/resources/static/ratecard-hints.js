/*
 * Ratecard's hints page: dismissing a hint with a reason, asking for a run (finance), and the weekly e-mail's opt-in.
 * Every action goes to the REST API as JSON; the page is drawn again by the server afterwards, except when something was
 * refused, which is shown in the page's message box as text.
 */
(function (window, document) {
    'use strict';

    function start() {
        var root = document.getElementById('ratecard-hints-page');
        if (!root) {
            return;
        }
        var fail = function (form) { return window.Ratecard.failure(root, form); };
        Array.prototype.forEach.call(root.querySelectorAll('form.ratecard-hint-dismiss'), function (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var button = form.querySelector('button');
                button.disabled = true;
                window.Ratecard.rest('POST', 'insights/hints/' + encodeURIComponent(form.getAttribute('data-hint')) + '/dismiss',
                    { reason: window.Ratecard.fieldValue(form.elements.reason) || null }).then(function () {
                    window.location.reload();
                }, function (error) {
                    button.disabled = false;
                    fail(form)(error);
                });
            });
        });
        var run = document.getElementById('ratecard-hints-run');
        if (run) {
            run.addEventListener('click', function () {
                run.disabled = true;
                window.Ratecard.rest('POST', 'insights/hints/run').then(function () {
                    window.location.reload();
                }, function (error) {
                    run.disabled = false;
                    fail()(error);
                });
            });
        }
        var digest = document.getElementById('ratecard-hints-digest');
        if (digest) {
            digest.addEventListener('change', function () {
                window.Ratecard.rest('PUT', 'insights/hints/digest', { subscribed: digest.checked }).then(null, function (error) {
                    digest.checked = !digest.checked;
                    fail()(error);
                });
            });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window, document));
