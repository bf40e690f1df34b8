/* Ratecard: the one way the app's pages talk to its REST API (JSON in, JSON out). */
(function (window) {
    'use strict';

    var base = (window.AJS && window.AJS.contextPath ? window.AJS.contextPath() : '') + '/rest/ratecard/1.0';

    /** Calls the REST API; resolves with the parsed JSON, rejects with {status, field, message}. */
    function request(method, path, body) {
        var options = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return window.fetch(base + path, options).then(function (response) {
            return response.text().then(function (text) {
                var json = text ? JSON.parse(text) : null;
                if (!response.ok) {
                    throw { status: response.status, field: json && json.field, message: json && json.message };
                }
                return json;
            });
        });
    }

    window.Ratecard = window.Ratecard || {};
    window.Ratecard.rest = request;
}(window));
