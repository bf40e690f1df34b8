/*
 * Ratecard's Capacity page: each form sends its fields as JSON to the REST path it names (data-method, data-path;
 * {userKey} in a path is taken from the form), a delete button removes the row behind its data-path, and the .ics
 * form uploads the chosen file as text/calendar. The server draws the page again afterwards; a refusal is shown
 * in the page's message box as text.
 */
(function (window, document) {
    'use strict';

    var ICS_BYTES = 512 * 1024;

    function done(root, button, form) {
        return [function () { window.location.reload(); }, function (error) {
            button.disabled = false;
            button.removeAttribute('aria-busy');
            window.Ratecard.failure(root, form)(error);
        }];
    }

    function busy(button) {
        if (button.disabled) {
            return false;
        }
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        return true;
    }

    /** The form's fields as the API takes them; checkboxes named alike become a list, a lone checkbox true or absent. */
    function body(form) {
        var json = {};
        Array.prototype.forEach.call(form.elements, function (field) {
            if (!field.name || field.type === 'submit') {
                return;
            }
            var many = form.querySelectorAll('input[type=checkbox][name="' + field.name + '"]').length > 1;
            if (field.type === 'checkbox') {
                if (many) {
                    json[field.name] = json[field.name] || [];
                    if (field.checked) { json[field.name].push(field.value); }
                } else if (field.checked) {
                    json[field.name] = true;
                }
                return;
            }
            var value = window.Ratecard.fieldValue(field);
            if (value !== undefined) {
                json[field.name] = String(value);
            } else if (field.name === 'defaultCountry' || field.name === 'country') {
                json[field.name] = '';
            }
        });
        return json;
    }

    function submitForms(root) {
        Array.prototype.forEach.call(root.querySelectorAll('form.ratecard-capacity-form'), function (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var button = form.querySelector('button[type=submit]');
                if (!busy(button)) {
                    return;
                }
                var json = body(form);
                var path = form.getAttribute('data-path').replace('{userKey}', encodeURIComponent(json.userKey || ''));
                if (path.indexOf('capacity/countries/') === 0) {
                    delete json.userKey;
                }
                var outcome = done(root, button, form);
                window.Ratecard.rest(form.getAttribute('data-method'), path, json).then(outcome[0], outcome[1]);
            });
        });
    }

    function deleteButtons(root) {
        Array.prototype.forEach.call(root.querySelectorAll('.ratecard-capacity-delete'), function (button) {
            button.addEventListener('click', function () {
                if (!busy(button)) {
                    return;
                }
                var outcome = done(root, button, null);
                window.Ratecard.rest('DELETE', button.getAttribute('data-path')).then(outcome[0], outcome[1]);
            });
        });
    }

    function importForm(root) {
        var form = document.getElementById('ratecard-capacity-import');
        if (!form) {
            return;
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var button = form.querySelector('button[type=submit]');
            var file = form.elements.file.files[0];
            var fail = window.Ratecard.failure(root, form);
            if (!file) {
                fail({ field: 'file', message: form.elements.file.getAttribute('title') || 'file' });
                return;
            }
            if (file.size > ICS_BYTES) {
                fail({ field: 'file', message: form.getAttribute('data-text-too-large') });
                return;
            }
            if (!busy(button)) {
                return;
            }
            var outcome = done(root, button, form);
            var base = (window.AJS && window.AJS.contextPath ? window.AJS.contextPath() : '') + '/rest/ratecard/1.0/';
            var country = encodeURIComponent(String(form.elements.country.value).trim());
            window.fetch(base + 'capacity/holidays/import?country=' + country, { method: 'POST', credentials: 'same-origin', body: file,
                headers: { 'Accept': 'application/json', 'Content-Type': 'text/calendar', 'X-Atlassian-Token': 'no-check',
                    'Accept-Language': window.Ratecard.locale() } })
                .then(function (response) {
                    return response.text().then(function (text) {
                        var json = null;
                        try { json = text ? JSON.parse(text) : null; } catch (e) { json = { message: text }; }
                        if (!response.ok) {
                            throw { status: response.status, field: json && json.field, message: (json && json.message) || response.statusText };
                        }
                        return json;
                    });
                }).then(outcome[0], outcome[1]);
        });
    }

    function init() {
        var root = document.getElementById('ratecard-capacity-page');
        if (!root) {
            return;
        }
        submitForms(root);
        deleteButtons(root);
        importForm(root);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}(window, document));
