/*
 * The sandbox's stand-in for Jira's AMD loader: define(name, dependencies, factory) registers a named
 * module, require(name) builds it once with its dependencies. Jira provides 'jquery' and
 * 'wrm/context-path'; so does this (the sandbox runs at the root, so the context path is empty).
 * No define.amd: AUI and jQuery keep their globals, as they do in Jira.
 */
(function (window) {
    'use strict';

    var factories = {};
    var modules = {};
    var provided = {
        'jquery': function () { return window.jQuery; },
        'wrm/context-path': function () { return function () { return ''; }; }
    };

    function resolve(name) {
        if (Object.prototype.hasOwnProperty.call(modules, name)) { return modules[name]; }
        if (provided[name]) { modules[name] = provided[name](); return modules[name]; }
        var module = factories[name];
        if (!module) { throw new Error('No AMD module named ' + name); }
        modules[name] = module.factory.apply(window, module.dependencies.map(resolve));
        return modules[name];
    }

    window.define = function (name, dependencies, factory) {
        if (typeof name !== 'string') { throw new Error('Jira loads named AMD modules only'); }
        if (typeof dependencies === 'function') { factory = dependencies; dependencies = []; }
        factories[name] = { dependencies: dependencies, factory: factory };
    };

    window.require = function (names, callback) {
        if (typeof names === 'string') { return resolve(names); }
        var values = names.map(resolve);
        if (callback) { callback.apply(window, values); }
        return values;
    };
})(window);
