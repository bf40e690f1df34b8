// The sandbox's stand-in for Jira's issue edit screen: saves the Account and Billable fields as the field types would.
(function () {
    'use strict';
    var form = document.getElementById('sb-billing-form');
    if (!form) {
        return;
    }
    var message = form.querySelector('.sb-form-message');
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        var body = JSON.stringify({ account: form.elements.account.value, billable: form.elements.billable.value });
        fetch('/sandbox/api/issues/' + encodeURIComponent(form.getAttribute('data-issue')) + '/fields', {
            method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: body, credentials: 'same-origin'
        }).then(function (response) {
            if (response.ok) {
                window.location.reload();
                return;
            }
            return response.json().then(function (error) {
                message.textContent = error.message || ('Error ' + response.status);
                message.hidden = false;
            });
        });
    });
}());
