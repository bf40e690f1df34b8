/*
 * Ratecard's Exchange rates page: the form enters or replaces one rate (POST fx/rates), Edit copies a row into it, a
 * delete button removes the rate behind its data-path, and the import form uploads the chosen CSV file as text/csv.
 * A refused import lists its wrong lines under the form; nothing of the file was kept. Every text is set as text.
 */
(function (window, document) {
    'use strict';

    var CSV_BYTES = 512 * 1024;

    function busy(button) {
        if (button.disabled) {
            return false;
        }
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        return true;
    }

    function idle(button) {
        button.disabled = false;
        button.removeAttribute('aria-busy');
    }

    function rateForm(root) {
        var form = document.getElementById('ratecard-fx-form');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var button = form.querySelector('button[type=submit]');
            if (!busy(button)) {
                return;
            }
            var json = {};
            ['base', 'quote', 'day', 'rate', 'source'].forEach(function (name) {
                var value = window.Ratecard.fieldValue(form.elements[name]);
                if (value !== undefined) {
                    json[name] = name === 'base' || name === 'quote' ? String(value).toUpperCase() : String(value);
                }
            });
            window.Ratecard.rest('POST', 'fx/rates', json).then(function () { window.location.reload(); }, function (error) {
                idle(button);
                window.Ratecard.failure(root, form)(error);
            });
        });
        Array.prototype.forEach.call(root.querySelectorAll('.ratecard-fx-edit'), function (button) {
            button.addEventListener('click', function () {
                var row = button.closest('tr');
                ['base', 'quote', 'day', 'rate', 'source'].forEach(function (name) {
                    form.elements[name].value = row.getAttribute('data-' + name) || '';
                });
                form.elements.rate.focus();
            });
        });
    }

    function deleteButtons(root) {
        Array.prototype.forEach.call(root.querySelectorAll('.ratecard-fx-delete'), function (button) {
            button.addEventListener('click', function () {
                if (!busy(button)) {
                    return;
                }
                window.Ratecard.rest('DELETE', button.getAttribute('data-path')).then(function () { window.location.reload(); }, function (error) {
                    idle(button);
                    window.Ratecard.failure(root, null)(error);
                });
            });
        });
    }

    /** Lists a refused file's wrong lines as text: "Line 3: …". */
    function showLines(form, json) {
        var box = document.getElementById('ratecard-fx-import-errors');
        var list = box.querySelector('ul');
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
        box.querySelector('.ratecard-fx-errors-title').textContent = form.getAttribute('data-text-refused');
        (json.errors || []).forEach(function (error) {
            var item = document.createElement('li');
            item.textContent = form.getAttribute('data-text-line').replace('{0}', String(error.line)) + ': ' + error.message;
            list.appendChild(item);
        });
        var more = (json.wrongLines || 0) - (json.errors || []).length;
        if (more > 0) {
            var rest = document.createElement('li');
            rest.textContent = form.getAttribute('data-text-more').replace('{0}', String(more));
            list.appendChild(rest);
        }
        box.hidden = false;
    }

    function importForm(root) {
        var form = document.getElementById('ratecard-fx-import');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var button = form.querySelector('button[type=submit]');
            var file = form.elements.file.files[0];
            var fail = window.Ratecard.failure(root, form);
            document.getElementById('ratecard-fx-import-errors').hidden = true;
            if (!file) {
                fail({ field: 'file', message: form.elements.file.getAttribute('title') || 'file' });
                return;
            }
            if (file.size > CSV_BYTES) {
                fail({ field: 'file', message: form.getAttribute('data-text-too-large') });
                return;
            }
            if (!busy(button)) {
                return;
            }
            var query = [];
            if (form.elements.format.value) {
                query.push('format=' + encodeURIComponent(form.elements.format.value));
            }
            var source = String(form.elements.source.value).trim();
            if (source) {
                query.push('source=' + encodeURIComponent(source));
            }
            var base = (window.AJS && window.AJS.contextPath ? window.AJS.contextPath() : '') + '/rest/ratecard/1.0/';
            window.fetch(base + 'fx/rates/import' + (query.length ? '?' + query.join('&') : ''), { method: 'POST', credentials: 'same-origin',
                body: file, headers: { 'Accept': 'application/json', 'Content-Type': 'text/csv', 'X-Atlassian-Token': 'no-check',
                    'Accept-Language': window.Ratecard.locale() } })
                .then(function (response) {
                    return response.text().then(function (text) {
                        var json = null;
                        try { json = text ? JSON.parse(text) : null; } catch (e) { json = { message: text }; }
                        if (!response.ok) {
                            throw { status: response.status, field: json && json.field, message: (json && json.message) || response.statusText,
                                lines: json && json.errors ? json : null };
                        }
                        return json;
                    });
                }).then(function () { window.location.reload(); }, function (error) {
                    idle(button);
                    fail(error);
                    if (error.lines) {
                        showLines(form, error.lines);
                    }
                });
        });
    }

    function init() {
        var root = document.getElementById('ratecard-fx-page');
        if (!root) {
            return;
        }
        rateForm(root);
        deleteButtons(root);
        importForm(root);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}(window, document));
