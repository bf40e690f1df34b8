/*
 * Ratecard pickers: an input marked with data-picker="users|projects|accounts|currencies" becomes a
 * single-select combobox (WAI-ARIA combobox with a listbox popup) that suggests as you type, from
 * GET <rest>/pickers/<kind>. The input keeps its name and submits the key; the chosen name is shown
 * beside it. data-picker-from="<select name>" takes the kind from a select (its value + "s");
 * data-picker-multi completes the last of a comma-separated list. data-uppercase upper-cases what is
 * typed; data-key-from="<input name>" suggests a key from that field while the key is not edited by hand.
 */
(function (window, document) {
    'use strict';

    var DELAY_MS = 150;
    var LIMIT = 10;
    var sequence = 0;

    function restBase(input) {
        var root = input.closest('[data-rest]');
        return root ? root.getAttribute('data-rest') : '/rest/ratecard/1.0';
    }

    /** The server's message of a refusal, or its status when it sent no JSON. */
    function refusal(response) {
        var type = response.headers.get('Content-Type') || '';
        if (type.indexOf('json') < 0) {
            return Promise.resolve(response.status + ' ' + response.statusText);
        }
        return response.json().then(function (json) { return (json && json.message) || response.statusText; },
            function () { return response.status + ' ' + response.statusText; });
    }

    /**
     * A refusal that is not "no suggestions" (401: the secure administrator session ended) is said in
     * the page's message, as the page's own calls say it.
     */
    function sayError(input, text) {
        var root = input.closest('[data-rest]');
        var message = root && root.querySelector('.ratecard-message');
        if (!message) { return; }
        message.textContent = text;
        message.className = 'ratecard-message ratecard-error aui-message aui-message-error';
        message.hidden = false;
    }

    function kindOf(input) {
        var from = input.getAttribute('data-picker-from');
        if (from && input.form && input.form.elements[from]) {
            return input.form.elements[from].value + 's';
        }
        return input.getAttribute('data-picker');
    }

    /** The part of the value the picker completes: all of it, or the last comma-separated entry. */
    function term(input) {
        if (!input.hasAttribute('data-picker-multi')) { return input.value.trim(); }
        var parts = input.value.split(',');
        return parts[parts.length - 1].trim();
    }

    function put(input, key) {
        if (!input.hasAttribute('data-picker-multi')) {
            input.value = key;
            return;
        }
        var parts = input.value.split(',').map(function (p) { return p.trim(); });
        parts[parts.length - 1] = key;
        input.value = parts.join(', ');
    }

    function enhance(input) {
        var id = 'ratecard-picker-' + (++sequence);
        var list = document.createElement('ul');
        list.id = id + '-list';
        list.className = 'ratecard-picker-list';
        list.setAttribute('role', 'listbox');
        list.hidden = true;
        var chosen = document.createElement('span');
        chosen.className = 'ratecard-picker-name ratecard-muted';
        chosen.setAttribute('aria-live', 'polite');
        var wrapper = document.createElement('span');
        wrapper.className = 'ratecard-picker';
        input.parentNode.insertBefore(wrapper, input);
        wrapper.appendChild(input);
        wrapper.appendChild(list);
        wrapper.appendChild(chosen);

        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-expanded', 'false');
        input.setAttribute('aria-controls', list.id);
        input.setAttribute('autocomplete', 'off');

        var items = [];
        var active = -1;
        var timer = null;
        var asked = 0;

        function close() {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
            active = -1;
        }

        function highlight(index) {
            active = index;
            Array.prototype.forEach.call(list.children, function (option, i) {
                option.setAttribute('aria-selected', i === index ? 'true' : 'false');
                option.classList.toggle('ratecard-picker-active', i === index);
            });
            if (index >= 0) {
                input.setAttribute('aria-activedescendant', list.children[index].id);
                list.children[index].scrollIntoView({ block: 'nearest' });
            } else {
                input.removeAttribute('aria-activedescendant');
            }
        }

        function choose(index) {
            var item = items[index];
            if (!item) { return; }
            put(input, item.key);
            chosen.textContent = item.name && item.name !== item.key ? item.name : '';
            close();
            input.dispatchEvent(new Event('change', { bubbles: true }));
        }

        /** Whether the suggestions shown answer what the input holds now (not a term typed over since). */
        function current() {
            return list.getAttribute('data-term') === term(input);
        }

        function show(found, answered) {
            items = found;
            list.setAttribute('data-term', answered);
            list.textContent = '';
            found.forEach(function (item, i) {
                var option = document.createElement('li');
                option.id = id + '-option-' + i;
                option.setAttribute('role', 'option');
                option.setAttribute('aria-selected', 'false');
                option.setAttribute('data-key', item.key);
                option.textContent = item.label;
                option.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    choose(i);
                });
                list.appendChild(option);
            });
            if (found.length === 0) {
                close();
                return;
            }
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
            highlight(-1);
        }

        function search() {
            var ask = ++asked;
            var asking = term(input);
            var url = restBase(input) + '/pickers/' + kindOf(input) + '?limit=' + LIMIT + '&q=' + encodeURIComponent(asking);
            window.fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                .then(function (response) {
                    if (response.status === 401) {
                        return refusal(response).then(function (text) {
                            sayError(input, text);
                            return { items: [] };
                        });
                    }
                    return response.ok ? response.json() : { items: [] };
                })
                .then(function (answer) {
                    if (ask === asked && document.activeElement === input) { show(answer.items || [], asking); }
                }, function () { close(); });
        }

        input.addEventListener('input', function () {
            chosen.textContent = '';
            // an answer to what was there before is no longer shown, and no suggestion of it stays highlighted
            asked++;
            highlight(-1);
            window.clearTimeout(timer);
            timer = window.setTimeout(search, DELAY_MS);
        });
        input.addEventListener('focus', function () {
            if (input.value === '' && input.getAttribute('data-picker') !== 'users') { search(); }
        });
        input.addEventListener('blur', close);
        input.addEventListener('keydown', function (event) {
            var open = !list.hidden && items.length > 0;
            if (event.key === 'ArrowDown') {
                event.preventDefault();
                if (!open || !current()) {
                    window.clearTimeout(timer);
                    search();
                    return;
                }
                highlight(Math.min(items.length - 1, active + 1));
            } else if (event.key === 'ArrowUp') {
                if (!open || !current()) { return; }
                event.preventDefault();
                highlight(Math.max(0, active - 1));
            } else if (event.key === 'Enter') {
                if (open && active >= 0 && current()) {
                    event.preventDefault();
                    choose(active);
                }
            } else if (event.key === 'Escape') {
                if (open) {
                    event.preventDefault();
                    close();
                }
            }
        });
        if (input.form) {
            input.form.addEventListener('reset', function () { chosen.textContent = ''; close(); });
        }
    }

    /** Upper-cases what is typed, keeping the caret where it was. */
    function upperCase(input) {
        input.addEventListener('input', function () {
            var upper = input.value.toUpperCase();
            if (upper === input.value) { return; }
            var start = input.selectionStart, end = input.selectionEnd;
            input.value = upper;
            if (start !== null) { input.setSelectionRange(start, end); }
        });
    }

    var SUFFIXES = ['CORPORATION', 'CORP', 'INC', 'LTD', 'LIMITED', 'GMBH', 'AG', 'LLC', 'CO', 'SA', 'PLC', 'KG', 'SE', 'BV', 'NV'];

    /**
     * A key for a name: its first word ("Acme Corporation" → ACME), or its initials when the first word is
     * a single letter ("A B Consulting" → ABC); letters and digits only, starting with a letter, at most 10.
     */
    function keyFor(name) {
        var words = name.toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Z0-9]+/)
            .filter(function (w) { return w !== ''; });
        var significant = words.filter(function (w) { return SUFFIXES.indexOf(w) < 0; });
        if (significant.length > 0) { words = significant; }
        if (words.length === 0) { return ''; }
        var key = words[0].length >= 2 ? words[0] : words.map(function (w) { return w.charAt(0); }).join('');
        key = key.replace(/^[0-9]+/, '').substring(0, 10);
        return key.length >= 2 ? key : '';
    }

    function suggestKey(keyInput) {
        var form = keyInput.form;
        var source = form && form.elements[keyInput.getAttribute('data-key-from')];
        if (!source) { return; }
        var suggested = '';
        source.addEventListener('input', function () {
            if (keyInput.readOnly || (keyInput.value !== '' && keyInput.value !== suggested)) { return; }
            suggested = keyFor(source.value);
            keyInput.value = suggested;
        });
        form.addEventListener('reset', function () { suggested = ''; });
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll('input[data-picker]'), enhance);
        Array.prototype.forEach.call(document.querySelectorAll('input[data-uppercase]'), upperCase);
        Array.prototype.forEach.call(document.querySelectorAll('input[data-key-from]'), suggestKey);
    }

    window.RatecardPickers = { keyFor: keyFor };

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window, document));
