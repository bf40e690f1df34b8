/*
 * Ratecard's webhooks page: finance's endpoints (add, edit, switch off and on, a new secret, delete, a test event) and
 * re-sending a delivered or failed delivery. Every change posts JSON to the REST API (which takes nothing else, so another
 * site cannot make a browser send it). A refusal is shown as text next to the field it names, or in the page's message box.
 * A secret the server made is shown once, in the answer that made it; the page drawn again never holds it.
 */
(function (window, document) {
    'use strict';

    function fill(text, values) {
        return values.reduce(function (filled, value, i) { return filled.split('{' + i + '}').join(String(value)); }, text || '');
    }

    function start() {
        var root = document.getElementById('ratecard-webhooks-page');
        if (!root) {
            return;
        }
        var rest = window.Ratecard.rest;
        var form = document.getElementById('ratecard-webhook-form');
        var message = root.querySelector('.ratecard-message');

        function clearErrors() {
            message.hidden = true;
            Array.prototype.forEach.call(root.querySelectorAll('.ratecard-field-error'), function (el) { el.textContent = ''; });
            Array.prototype.forEach.call(root.querySelectorAll('[aria-invalid]'), function (el) { el.removeAttribute('aria-invalid'); });
        }

        /** The refusal next to the field it names (focused), else in the message box. */
        function refused(error) {
            clearErrors();
            var shown = error.field && form.querySelector('.ratecard-field-error[data-field="' + error.field.replace(/[^A-Za-z]/g, '') + '"]');
            if (shown) {
                shown.textContent = error.message || String(error.status);
                var field = form.elements[error.field];
                var first = field && field.length !== undefined && !field.tagName ? field[0] : field;
                if (first) {
                    if (first.tagName === 'INPUT' && first.type !== 'checkbox') {
                        first.setAttribute('aria-invalid', 'true');
                    }
                    first.focus();
                }
                return;
            }
            window.Ratecard.failure(root)(error);
            message.setAttribute('tabindex', '-1');
            message.focus();
        }

        function showSecret(secret) {
            var box = document.getElementById('ratecard-webhook-secret');
            document.getElementById('ratecard-webhook-secret-value').textContent = secret;
            box.hidden = false;
            box.focus();
        }

        function savedWithout(secret) {
            if (secret) {
                showSecret(secret);
            } else {
                window.location.reload();
            }
        }

        function checkedEvents() {
            return Array.prototype.filter.call(form.querySelectorAll('input[name="events"]'), function (box) { return box.checked; })
                .map(function (box) { return box.value; });
        }

        function resetForm() {
            form.reset();
            form.elements.id.value = '';
            document.getElementById('ratecard-webhook-form-title').textContent = root.getAttribute('data-add-title');
            document.getElementById('ratecard-webhook-cancel').hidden = true;
            Array.prototype.forEach.call(form.querySelectorAll('.ratecard-webhook-new-only'), function (el) { el.hidden = false; });
            clearErrors();
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors();
            var id = form.elements.id.value;
            var body = { name: form.elements.name.value.trim(), url: form.elements.url.value.trim(), events: checkedEvents(),
                active: form.elements.active.checked };
            var secret = form.elements.secret.value;
            if (!id && secret !== '') {
                body.secret = secret;
            }
            var save = document.getElementById('ratecard-webhook-save');
            save.disabled = true;
            var call = id ? rest('PUT', 'webhooks/endpoints/' + encodeURIComponent(id), body) : rest('POST', 'webhooks/endpoints', body);
            call.then(function (answer) {
                save.disabled = false;
                form.elements.secret.value = '';
                savedWithout(answer && answer.newSecret);
            }, function (error) {
                save.disabled = false;
                refused(error);
            });
        });

        document.getElementById('ratecard-webhook-cancel').addEventListener('click', resetForm);
        document.getElementById('ratecard-webhook-secret-done').addEventListener('click', function () {
            document.getElementById('ratecard-webhook-secret-value').textContent = '';
            window.location.reload();
        });

        Array.prototype.forEach.call(root.querySelectorAll('#ratecard-webhook-endpoints tr[data-endpoint]'), function (row) {
            var id = row.getAttribute('data-endpoint');
            var path = 'webhooks/endpoints/' + encodeURIComponent(id);
            var name = row.getAttribute('data-name');

            row.querySelector('.ratecard-webhook-edit').addEventListener('click', function () {
                resetForm();
                form.elements.id.value = id;
                form.elements.name.value = name;
                form.elements.url.value = row.getAttribute('data-url');
                form.elements.active.checked = row.getAttribute('data-active') === 'true';
                var events = row.getAttribute('data-events').split(',');
                Array.prototype.forEach.call(form.querySelectorAll('input[name="events"]'), function (box) {
                    box.checked = events.indexOf(box.value) >= 0;
                });
                Array.prototype.forEach.call(form.querySelectorAll('.ratecard-webhook-new-only'), function (el) { el.hidden = true; });
                document.getElementById('ratecard-webhook-form-title').textContent = fill(root.getAttribute('data-edit-title'), [name]);
                document.getElementById('ratecard-webhook-cancel').hidden = false;
                form.elements.name.focus();
            });

            row.querySelector('.ratecard-webhook-toggle').addEventListener('click', function (event) {
                var button = event.currentTarget;
                button.disabled = true;
                rest('PUT', path, { active: button.getAttribute('data-active') === 'true' }).then(function () {
                    window.location.reload();
                }, function (error) {
                    button.disabled = false;
                    refused(error);
                });
            });

            row.querySelector('.ratecard-webhook-rotate').addEventListener('click', function (event) {
                if (!window.confirm(fill(root.getAttribute('data-confirm-rotate'), [name]))) {
                    return;
                }
                var button = event.currentTarget;
                button.disabled = true;
                rest('POST', path + '/secret', {}).then(function (answer) {
                    button.disabled = false;
                    showSecret(answer.newSecret);
                }, function (error) {
                    button.disabled = false;
                    refused(error);
                });
            });

            row.querySelector('.ratecard-webhook-delete').addEventListener('click', function (event) {
                if (!window.confirm(fill(root.getAttribute('data-confirm-delete'), [name, row.getAttribute('data-waiting')]))) {
                    return;
                }
                var button = event.currentTarget;
                button.disabled = true;
                rest('DELETE', path).then(function () {
                    window.location.reload();
                }, function (error) {
                    button.disabled = false;
                    refused(error);
                });
            });

            row.querySelector('.ratecard-webhook-ping').addEventListener('click', function (event) {
                var button = event.currentTarget;
                button.disabled = true;
                clearErrors();
                rest('POST', path + '/ping', {}).then(function (delivery) {
                    button.disabled = false;
                    var key = delivery.status === 'delivered' ? 'data-ping-delivered' : delivery.status === 'failed' ? 'data-ping-failed' : 'data-ping-waiting';
                    var result = document.getElementById('ratecard-webhook-result');
                    document.getElementById('ratecard-webhook-result-text').textContent = fill(root.getAttribute(key),
                        [name, delivery.lastStatusCode === null || delivery.lastStatusCode === undefined ? '–' : delivery.lastStatusCode,
                            delivery.lastError || '']);
                    result.className = 'ratecard-webhook-result aui-message ' + (delivery.status === 'delivered' ? 'aui-message-success'
                        : delivery.status === 'failed' ? 'aui-message-error' : 'aui-message-warning');
                    var log = document.getElementById('ratecard-webhook-result-log');
                    log.setAttribute('href', root.getAttribute('data-page') + '?endpoint=' + encodeURIComponent(id) + '&event=ping');
                    result.hidden = false;
                    result.focus();
                }, function (error) {
                    button.disabled = false;
                    refused(error);
                });
            });
        });

        Array.prototype.forEach.call(root.querySelectorAll('button.ratecard-webhook-resend'), function (button) {
            button.addEventListener('click', function () {
                button.disabled = true;
                rest('POST', 'webhooks/deliveries/' + encodeURIComponent(button.getAttribute('data-delivery')) + '/resend', {})
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
