/*
 * The sandbox's dashboard: plays Jira's part for dashboard items. Each item's AMD module is built as
 * Jira builds it (new Module(API, {})), shown with render(context, preferences), or with
 * renderEdit(context, preferences) when it is configurable and has no preferences yet or Configure
 * is clicked. The API saves preferences per item instance (/sandbox/dashboard/items/{id}/preferences)
 * and renders the item again with them, as Jira does.
 */
(function (window, document) {
    'use strict';

    var board = document.getElementById('sb-dashboard');
    var $ = window.jQuery;
    var itemsUrl = board.getAttribute('data-items-url');

    function call(method, url, body) {
        return window.fetch(url, {
            method: method, credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            if (!response.ok) { throw new Error(method + ' ' + url + ': ' + response.status); }
            return response.status === 204 ? null : response.json();
        });
    }

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) { node.className = className; }
        if (text !== undefined) { node.textContent = text; }
        return node;
    }

    function mount(item) {
        var frame = element('section', 'sb-gadget');
        frame.setAttribute('data-item-id', item.id);
        frame.setAttribute('data-item-key', item.key);
        var header = element('header', 'sb-gadget-header');
        var title = element('h3', 'sb-gadget-title', item.title);
        var configure = element('button', 'aui-button aui-button-subtle sb-gadget-configure', 'Configure');
        var remove = element('button', 'aui-button aui-button-subtle sb-gadget-remove', 'Remove');
        var loading = element('div', 'sb-gadget-loading', 'Loading…');
        loading.hidden = true;
        var content = element('div', 'sb-gadget-content');
        header.appendChild(title);
        if (item.configurable) { header.appendChild(configure); }
        header.appendChild(remove);
        frame.appendChild(header);
        frame.appendChild(loading);
        frame.appendChild(content);
        board.appendChild(frame);

        var instance;
        function preferences() { return $.extend({}, item.preferences); }
        function view() { frame.removeAttribute('data-editing'); instance.render($(content), preferences()); }
        function edit() { frame.setAttribute('data-editing', ''); instance.renderEdit($(content), preferences()); }
        var api = {
            isEditable: function () { return true; },
            savePreferences: function (saved) {
                return call('PUT', itemsUrl + '/' + item.id + '/preferences', saved).then(function (answer) {
                    item.preferences = answer.preferences;
                    view();
                });
            },
            closeEdit: function () { view(); },
            setTitle: function (text) { title.textContent = text; },
            resize: function () {},
            showLoadingBar: function () { loading.hidden = false; },
            hideLoadingBar: function () { loading.hidden = true; },
            getGadgetId: function () { return String(item.id); },
            getContext: function () { return $(content); },
            initRefresh: function () {},
            getRefreshFieldValue: function () { return ''; }
        };
        var Module = window.require(item.amdModule);
        instance = new Module(api, {});
        configure.addEventListener('click', edit);
        remove.addEventListener('click', function () {
            call('DELETE', itemsUrl + '/' + item.id).then(function () { board.removeChild(frame); });
        });
        if (item.configurable && Object.keys(item.preferences).length === 0) { edit(); } else { view(); }
    }

    document.getElementById('sb-dashboard-add').addEventListener('submit', function (event) {
        event.preventDefault();
        call('POST', itemsUrl, { key: document.getElementById('sb-dashboard-directory').value }).then(mount);
    });
    call('GET', itemsUrl).then(function (items) {
        items.forEach(mount);
        board.setAttribute('data-loaded', '');
    });
})(window, document);
