/*
 * Ratecard's Utilisation page: finance saves or removes a staff level's billable target. Each action goes to the REST
 * API as JSON; the page is drawn again by the server afterwards, except when something was refused, which is shown in
 * the page's message box as text.
 */
(function (window, document) {
    'use strict';

    function act(root, button, call) {
        if (button.disabled) {
            return;
        }
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        call().then(function () {
            window.location.reload();
        }, function (error) {
            button.disabled = false;
            button.removeAttribute('aria-busy');
            window.Ratecard.failure(root)(error);
        });
    }

    function targets(root) {
        Array.prototype.forEach.call(root.querySelectorAll('.ratecard-target-save'), function (button) {
            button.addEventListener('click', function () {
                var level = button.getAttribute('data-level');
                var field = document.getElementById('ratecard-target-' + level);
                act(root, button, function () {
                    return window.Ratecard.rest('PUT', 'insights/utilisation/targets/' + encodeURIComponent(level),
                        { billablePercent: window.Ratecard.fieldValue(field) });
                });
            });
        });
        Array.prototype.forEach.call(root.querySelectorAll('.ratecard-target-remove'), function (button) {
            button.addEventListener('click', function () {
                act(root, button, function () {
                    return window.Ratecard.rest('DELETE', 'insights/utilisation/targets/' + encodeURIComponent(button.getAttribute('data-level')));
                });
            });
        });
    }

    function init() {
        var root = document.getElementById('ratecard-utilisation-page');
        if (root) {
            targets(root);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}(window, document));
