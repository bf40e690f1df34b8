/*
 * Ratecard's webhooks page: re-sending a delivered or failed delivery. The button posts JSON to the REST API (which takes
 * nothing else, so another site cannot make a browser send it); the page is drawn again afterwards, or the refusal is shown
 * in the page's message box as text.
 */
(function (window, document) {
    'use strict';

    function start() {
        var root = document.getElementById('ratecard-webhooks-page');
        if (!root) {
            return;
        }
        Array.prototype.forEach.call(root.querySelectorAll('button.ratecard-webhook-resend'), function (button) {
            button.addEventListener('click', function () {
                button.disabled = true;
                window.Ratecard.rest('POST', 'webhooks/deliveries/' + encodeURIComponent(button.getAttribute('data-delivery')) + '/resend', {})
                    .then(function () {
                        window.location.reload();
                    }, function (error) {
                        button.disabled = false;
                        window.Ratecard.failure(root)(error);
                    });
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window, document));
