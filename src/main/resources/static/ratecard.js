/* Ratecard: the one way the app's pages talk to its REST API (JSON in, JSON out). */
(function (window) {
    'use strict';

    var base = (window.AJS && window.AJS.contextPath ? window.AJS.contextPath() : '') + '/rest/ratecard/1.0';

    /**
     * Calls the REST API; resolves with the parsed JSON, rejects with {status, field, message}.
     * Jira's XSRF check lets same-site scripts through with the no-check header, also for body-less calls;
     * every change is sent as JSON, the only type the API's changing methods take. {@code more} adds headers.
     */
    function request(method, path, body, more) {
        var options = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check' } };
        Object.keys(more || {}).forEach(function (name) { options.headers[name] = more[name]; });
        if (method !== 'GET') {
            options.headers['Content-Type'] = 'application/json';
        }
        if (body !== undefined) {
            options.body = JSON.stringify(body);
        }
        return window.fetch(base + '/' + path.replace(/^\//, ''), options).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try { json = text ? JSON.parse(text) : null; } catch (e) { json = { message: text }; }
                if (!response.ok) {
                    throw { status: response.status, field: json && json.field, message: (json && json.message) || response.statusText };
                }
                return json;
            });
        });
    }

    /**
     * A handler for a refused call: shows the server's message in the page's message box (as text,
     * never HTML) and marks the form's field it names.
     */
    function failure(root, form) {
        var message = root.querySelector('.ratecard-message');
        return function (error) {
            Array.prototype.forEach.call(root.querySelectorAll('.ratecard-invalid'), function (el) { el.classList.remove('ratecard-invalid'); });
            if (form && error.field && form.elements[error.field]) {
                form.elements[error.field].classList.add('ratecard-invalid');
            }
            message.textContent = error.message || String(error.status);
            message.className = 'ratecard-message ratecard-error aui-message aui-message-error';
            message.hidden = false;
        };
    }

    window.Ratecard = window.Ratecard || {};
    window.Ratecard.rest = request;
    window.Ratecard.failure = failure;
}(window));
