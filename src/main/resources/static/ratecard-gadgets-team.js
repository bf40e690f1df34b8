/*
 * The My team's utilisation gadget: GET /insights/utilisation?by=person&group=… for a period — each
 * member's capacity, logged hours, utilisation and billable utilisation against their target, under
 * and over target marked in words as well as colour. Who sees which rows is the endpoint's decision
 * (finance and the projects' leads; a person always their own row). Preferences: the group name and the period code.
 */
define('ratecard/gadgets/utilisation', ['jquery', 'ratecard/gadgets/common'], function ($, common) {
    'use strict';

    var el = common.el;
    var STATES = ['UNDER', 'ON', 'OVER'];

    function TeamUtilisation(api) {
        this.api = api;
    }

    function settings(preferences) {
        return { group: common.preference(preferences, 'group'), period: common.periodCode(common.preference(preferences, 'period')) };
    }

    function view(body, t, report) {
        var rows = report.rows || [];
        if (rows.length === 0) {
            body.appendChild(el('p', { className: 'ratecard-gadget-empty' }, [t('empty')]));
            return;
        }
        body.appendChild(common.table('ratecard-gadget-utilisation-table', [t('person'), { text: t('capacity'), className: 'num' },
            { text: t('logged'), className: 'num' }, { text: t('utilisation'), className: 'num' },
            { text: t('billableUtilisation'), className: 'num' }, { text: t('target'), className: 'num' }, ''],
            rows.map(function (row) {
                var state = STATES.indexOf(row.state) >= 0 ? row.state : null;
                return { key: row.key, className: state ? 'ratecard-gadget-state-' + state.toLowerCase() : '', cells: [row.label || row.key,
                    { text: common.number(row.capacityHours, 1), className: 'num' }, { text: common.number(row.loggedHours, 1), className: 'num' },
                    { text: common.percent(row.utilisation), className: 'num' }, { text: common.percent(row.billableUtilisation), className: 'num' },
                    { text: common.percent(row.target), className: 'num' },
                    { text: state ? t('state.' + state) : '', className: 'ratecard-gadget-state' }] };
            })));
    }

    TeamUtilisation.prototype.render = function (context, preferences) {
        var self = this;
        var api = this.api;
        var chosen = settings(preferences);
        var node = common.root(context);
        var body = el('div', { className: 'ratecard-gadget ratecard-gadget-utilisation' });
        node.appendChild(body);
        var configure = function () { self.renderEdit(context, preferences); };
        common.texts().then(function (t, textsFailure) {
            if (textsFailure) { common.failure(body, api, t, 'denied.utilisation', textsFailure); return; }
            api.setTitle(chosen.group ? t('utilisation.title') + ': ' + chosen.group : t('utilisation.title'));
            if (!chosen.group) {
                common.message(body, api, t, 'info', t('incomplete.group'), configure);
                return;
            }
            var range = common.period(chosen.period, new Date());
            var query = 'from=' + range.from + '&to=' + range.to + '&group=' + encodeURIComponent(chosen.group);
            api.showLoadingBar();
            common.get('insights/utilisation?by=person&' + query).then(function (report) {
                api.hideLoadingBar();
                body.appendChild(el('p', { className: 'ratecard-gadget-period' }, [t('range', common.date(range.from), common.date(range.to))]));
                view(body, t, report);
                body.appendChild(el('p', {}, [el('a', { className: 'ratecard-gadget-link',
                    href: common.contextPath() + '/plugins/servlet/ratecard/insights/utilisation?by=person&' + query }, [t('openReport')])]));
                api.resize();
            }, function (error) {
                api.hideLoadingBar();
                common.failure(body, api, t, 'denied.utilisation', error, configure);
            });
        });
    };

    TeamUtilisation.prototype.renderEdit = function (context, preferences) {
        var api = this.api;
        var chosen = settings(preferences);
        var node = common.root(context);
        common.texts().then(function (t) {
            var group = el('input', { className: 'text', type: 'text', name: 'group', maxlength: 255, value: chosen.group, 'aria-required': 'true' });
            var period = common.periodSelect(t, chosen.period);
            var note = el('div', { className: 'ratecard-gadget-form-note', 'aria-live': 'polite' });
            var form = el('form', { className: 'aui ratecard-gadget-form ratecard-gadget-utilisation-form' }, [
                common.field('ratecard-gadget-group-' + api.getGadgetId(), t('group'), group, t('group.help')),
                common.field('ratecard-gadget-period-' + api.getGadgetId(), t('period'), period), note, common.buttons(api, t)]);
            node.appendChild(form);
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                if (!group.value.trim()) {
                    while (note.firstChild) { note.removeChild(note.firstChild); }
                    common.message(note, api, t, 'info', t('incomplete.group'));
                    return;
                }
                api.savePreferences({ group: group.value.trim(), period: period.value });
            });
            api.resize();
        });
    };

    return TeamUtilisation;
});
