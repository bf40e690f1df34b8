#!/usr/bin/env bash
#
# Ratecard smoke test: run it after uploading the Ratecard jar to a TEST Jira (10.3 or 11).
#
#   jira-smoke.sh BASE_URL ADMIN_USER [JAR_OR_DESCRIPTOR]
#
#   BASE_URL           Jira's base URL, e.g. https://jira-test.example.com or http://host:8080/jira
#   ADMIN_USER         a Jira administrator's user name (it must hold Ratecard finance too, see
#                      RATECARD_SMOKE_FINANCE)
#   JAR_OR_DESCRIPTOR  optional: the uploaded jar, or an atlassian-plugin.xml; its modules are the
#                      ones expected (default: the list in this script, which a test keeps equal to the
#                      descriptor of the same source tree)
#
# Credentials (never printed, never on curl's command line):
#   RATECARD_SMOKE_TOKEN     a personal access token of ADMIN_USER: sent as "Authorization: Bearer"
#                            (the only way on Jira 11, where basic authentication is off by default)
#   RATECARD_SMOKE_PASSWORD  ADMIN_USER's password, for basic authentication; used when set,
#                            instead of the token
#
# Options (environment):
#   RATECARD_SMOKE_ISSUE       an issue whose page shows the Cost & billing panel, e.g. ACME-1
#                              (default: none; the issue checks then fail, asking for one)
#   RATECARD_SMOKE_ACCOUNT     a client account key for the bill-rate page and the billing report
#                              (default: the first account GET /accounts returns)
#   RATECARD_SMOKE_FINANCE     yes | no (default yes): whether ADMIN_USER holds the Ratecard finance
#                              global permission. With "no" the finance-only checks expect 403, and
#                              those that need a project's View costs accept 403 too.
#   RATECARD_SMOKE_PROJECT_ID  the numeric id of the issue's project: also opens the billing report
#                              on the project's Reports page, with finance (default: none, the
#                              report page is not opened; the report's REST resource is checked
#                              either way)
#   RATECARD_SMOKE_PLUGIN_KEY  default io.github.ratecard.ratecard-jira
#   RATECARD_SMOKE_TIMEOUT     seconds per request (default 30)
#   RATECARD_SMOKE_CURL_OPTS   extra curl options, e.g. "--cacert /path/site.pem" (default: none)
#
# Every request is safe: reads, changes sent with a body the app refuses (400) or for an id that
# does not exist (404), and one dry run that would change nothing even if it were committed (a bill
# rate "moved" to the period it has), so nothing on the site changes. The back-fill, which has no such
# request, is only asked with GET and must answer 405.
#
# Output: one line per check, "PASS|FAIL <what> <status> <reason>", then "N passed, N failed".
# Exit status: 0 when every check passed, 1 when one failed, 2 on a usage error.
# Needs bash, curl and POSIX tools (awk, sed, grep, mktemp; unzip for a jar argument).

set -u

usage() {
    sed -n '3,12p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

[ $# -ge 2 ] && [ $# -le 3 ] || usage
BASE_URL=${1%/}
ADMIN_USER=$2
DESCRIPTOR_SOURCE=${3:-}
ISSUE=${RATECARD_SMOKE_ISSUE:-}
ACCOUNT=${RATECARD_SMOKE_ACCOUNT:-}
FINANCE=${RATECARD_SMOKE_FINANCE:-yes}
PROJECT_ID=${RATECARD_SMOKE_PROJECT_ID:-}
PLUGIN_KEY=${RATECARD_SMOKE_PLUGIN_KEY:-io.github.ratecard.ratecard-jira}
TIMEOUT=${RATECARD_SMOKE_TIMEOUT:-30}
CURL_OPTS=${RATECARD_SMOKE_CURL_OPTS:-}
REST="/rest/ratecard/1.0"
SERVLET="/plugins/servlet/ratecard"
# An id no site has (Active Objects ids start at 1) and a key made up for this test.
NO_ID=0
NO_KEY=RATECARDSMOKE404

case $FINANCE in yes|no) ;; *) echo "RATECARD_SMOKE_FINANCE must be yes or no" >&2; exit 2 ;; esac
case $TIMEOUT in ''|*[!0-9]*) echo "RATECARD_SMOKE_TIMEOUT must be a number of seconds" >&2; exit 2 ;; esac
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }

# The modules of atlassian-plugin.xml, in its order. JiraSmokeScriptTest fails when they differ.
EXPECTED_MODULES="
ao-module
ratecard-finance
ratecard-view-costs
ratecard-manage-budgets
rest-migration
rest
ratecard-admin-section
ratecard-admin-overview
admin-overview-servlet
ratecard-admin-levels
ratecard-admin-cost
ratecard-admin-accounts
ratecard-admin-bill
ratecard-admin-ledger
ratecard-top-nav
rate-card-pages-servlet
ratecard-project-budget
ratecard-admin-budgets
budget-pages-servlet
ratecard-admin-invoices
ratecard-top-nav-invoices
invoice-pages-servlet
client-statement-servlet
billing-report
ratecard-my-timesheet
ratecard-approvals
ratecard-admin-periods
ratecard-top-nav-periods
my-timesheet-servlet
approvals-servlet
periods-servlet
hints-servlet
webhooks-servlet
ratecard-admin-webhooks
ratecard-top-nav-insights
ratecard-insights-section
ratecard-insights-margin
ratecard-insights-utilisation
ratecard-insights-hints
ratecard-gadget-budget-burn
ratecard-gadget-unbilled
ratecard-gadget-margin
ratecard-gadget-utilisation
ratecard-admin-capacity
capacity-servlet
ratecard-admin-fx
fx-servlet
ratecard-admin-contracts
contracts-servlet
margin-servlet
utilisation-servlet
account-field
billable-field
billing-field-searcher
cost-billing-panel
velocity-allowlist
ratecard-resources
ratecard-panel-resources
ratecard-field-resources
ratecard-budget-resources
ratecard-invoice-resources
ratecard-admin-resources
ratecard-timesheet-resources
ratecard-gadget-resources
ratecard-capacity-resources
ratecard-contract-resources
ratecard-utilisation-resources
ratecard-hint-resources
ratecard-fx-resources
ratecard-webhook-resources
ratecard-top-nav-webhooks
accounting-settings-servlet
ratecard-accounting-settings-resources
velocity-allowlist-accounting-settings
"

WORK=$(mktemp -d) || exit 2
trap 'rm -rf "$WORK"' EXIT
BODY="$WORK/body"
HEADERS="$WORK/headers"
AUTH="$WORK/auth"

# Credentials go to a curl config file only this user can read, never onto a command line.
curl_quote() {
    printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'
}
(
    umask 077
    if [ -n "${RATECARD_SMOKE_PASSWORD:-}" ]; then
        printf 'user = "%s:%s"\n' "$(curl_quote "$ADMIN_USER")" "$(curl_quote "$RATECARD_SMOKE_PASSWORD")" > "$AUTH"
    elif [ -n "${RATECARD_SMOKE_TOKEN:-}" ]; then
        printf 'header = "Authorization: Bearer %s"\n' "$(curl_quote "$RATECARD_SMOKE_TOKEN")" > "$AUTH"
    else
        : > "$AUTH"
    fi
)
if [ ! -s "$AUTH" ]; then
    echo "Set RATECARD_SMOKE_TOKEN (a personal access token of $ADMIN_USER) or RATECARD_SMOKE_PASSWORD" >&2
    exit 2
fi

PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); echo "PASS $1 $2 $3"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL $1 $2 $3"; }

STATUS=000
# request METHOD PATH [BODY [CONTENT_TYPE]]: sets STATUS; the answer is in $BODY, its headers in
# $HEADERS. A body is sent as JSON unless another content type is given.
request() {
    local method=$1 path=$2 data=${3-} type=${4:-application/json}
    local -a args=(-sS -K "$AUTH" -o "$BODY" -D "$HEADERS" -w '%{http_code}' -X "$method"
        --connect-timeout "$TIMEOUT" --max-time "$TIMEOUT"
        -H 'Accept: application/json, text/html;q=0.9, */*;q=0.8' -H 'X-Atlassian-Token: no-check')
    if [ $# -ge 3 ]; then
        args+=(-H "Content-Type: $type" --data-binary "$data")
    fi
    # shellcheck disable=SC2086 # the extra options are meant to be split into words
    STATUS=$(curl "${args[@]}" $CURL_OPTS "$BASE_URL$path" 2> "$WORK/curl-error") || true
    [ -n "$STATUS" ] || STATUS=000
}

# Why a request did not answer as expected, in a few words.
reason() {
    case $STATUS in
        000) head -c 200 "$WORK/curl-error" | tr '\n' ' ' ;;
        301|302|303|307|308)
            local location
            location=$(grep -i '^location:' "$HEADERS" | head -n 1 | tr -d '\r' | cut -c 11-)
            case $location in
                *WebSudo*) echo "Jira asks for a secure administrator session (WebSudo); on a test site set jira.websudo.is.disabled = true in jira-config.properties and restart" ;;
                *login*) echo "not signed in, sent to $location: check the credentials (a site that takes the token for REST only wants RATECARD_SMOKE_PASSWORD for pages)" ;;
                *) echo "redirected to $location" ;;
            esac ;;
        401) echo "not signed in: check the credentials (Jira 11 refuses basic authentication unless enabled)" ;;
        *) message ;;
    esac
}

# The "message" of a JSON error, or the start of the answer.
message() {
    local text
    text=$(tr '\n\r' '  ' < "$BODY" | sed -n 's/.*"message" *: *"\([^"]*\)".*/\1/p' | head -c 160)
    [ -n "$text" ] || text=$(tr '\n\r' '  ' < "$BODY" | sed -e 's/<[^>]*>/ /g' -e 's/  */ /g' | head -c 120)
    echo "${text:-empty answer}"
}

# What a check needs: open (the answer is the same for anyone signed in), finance, costs (a
# project's View costs, or finance), admin. Without finance, finance checks expect 403; costs
# checks accept 403 besides their status.
expected_for() {
    local needs=$1 status=$2
    if [ "$FINANCE" = no ]; then
        case $needs in
            finance) echo 403; return ;;
            costs) echo "$status|403"; return ;;
        esac
    fi
    echo "$status"
}

# rest NEEDS EXPECTED METHOD PATH [JSON_BODY]
rest() {
    local needs=$1 status=$2 method=$3 path=$4
    local want
    want=$(expected_for "$needs" "$status")
    shift 2
    request "$@"
    local name="rest:$method:${path#"$REST"}"
    if [[ "|$want|" == *"|$STATUS|"* ]]; then
        if [[ $STATUS == 2* ]] && [[ $method == GET ]] && ! grep -q '^[[:space:]]*[\[{]' "$BODY"; then
            fail "$name" "$STATUS" "expected a JSON answer, got: $(message)"
        elif [[ $STATUS == 4* ]] && [ "$STATUS" != 405 ] && ! grep -q '"field" *:' "$BODY"; then
            # Jira answers an unknown path with 404 too: Ratecard's own refusals name the field.
            fail "$name" "$STATUS" "not Ratecard's error answer: $(message)"
        else
            pass "$name" "$STATUS" "as expected ($want)"
        fi
    else
        fail "$name" "$STATUS" "expected $want: $(reason)"
    fi
}

# form_post PATH: a changing endpoint takes JSON only, so a form post is refused with 415 before
# Ratecard reads it, even with the no-check header that lets it past Jira's XSRF check.
form_post() {
    local path=$1 name="form:POST:${1#"$REST"}"
    request POST "$path" 'name=smoke' 'application/x-www-form-urlencoded'
    if [ "$STATUS" = 415 ]; then
        pass "$name" "$STATUS" "a form body is refused"
    else
        fail "$name" "$STATUS" "expected 415 for a form body: $(reason)"
    fi
}

# Jira reads basic authentication on pages (not REST) only when asked to with os_authType=basic.
page_auth() {
    if [ -n "${RATECARD_SMOKE_PASSWORD:-}" ]; then
        [[ $1 == *\?* ]] && echo "&os_authType=basic" || echo "?os_authType=basic"
    fi
}

# page NEEDS PATH MARKER: 200 with the marker in the HTML, or 403 where the user may not see it.
page() {
    local needs=$1 path=$2 marker=$3
    local want name="page:$2"
    want=$(expected_for "$needs" 200)
    request GET "$path$(page_auth "$path")"
    if [ "$STATUS" = 200 ] && [[ "|$want|" == *"|200|"* ]]; then
        if grep -qF -- "$marker" "$BODY"; then
            pass "$name" "$STATUS" "shows $marker"
        else
            fail "$name" "$STATUS" "the page lacks $marker: $(message)"
        fi
    elif [[ "|$want|" == *"|$STATUS|"* ]]; then
        pass "$name" "$STATUS" "as expected ($want)"
    else
        fail "$name" "$STATUS" "expected $want: $(reason)"
    fi
}

# Flattens JSON into lines "/path/to/field<TAB>value"; array members are "[]" and each object in
# an array starts with a line "/path/[]<TAB>{". Enough to read UPM's and Ratecard's answers without jq.
json_lines() {
    awk '
    function path(   p, x) { p = ""; for (x = 2; x <= d; x++) p = p "/" name[x]; return p }
    function member() { return kind[d] == "o" ? pending : "[]" }
    { s = s $0 "\n" }
    END {
        n = length(s); d = 0; i = 1; expectKey = 0
        while (i <= n) {
            c = substr(s, i, 1)
            if (c == "\"") {
                j = i + 1; str = ""
                while (j <= n) {
                    ch = substr(s, j, 1)
                    if (ch == "\\") { str = str substr(s, j, 2); j += 2; continue }
                    if (ch == "\"") break
                    str = str ch; j++
                }
                i = j + 1
                if (kind[d] == "o" && expectKey) { pending = str; expectKey = 0; continue }
                print path() "/" member() "\t" str
                continue
            }
            if (c == "{" || c == "[") {
                label = d == 0 ? "" : member()
                d++; kind[d] = c == "{" ? "o" : "a"; name[d] = label
                if (c == "{" && kind[d - 1] == "a") print path() "\t{"
                expectKey = c == "{"; i++; continue
            }
            if (c == "}" || c == "]") { d--; expectKey = 0; i++; continue }
            if (c == ",") { expectKey = kind[d] == "o"; i++; continue }
            if (c ~ /[ \t\r\n:]/) { i++; continue }
            j = i
            while (j <= n && substr(s, j, 1) !~ /[,}\] \t\r\n]/) j++
            print path() "/" member() "\t" substr(s, i, j - i)
            i = j
        }
    }'
}

# The keys of the top-level modules of an atlassian-plugin.xml on stdin, one a line.
descriptor_modules() {
    awk '
    { s = s $0 " " }
    END {
        while ((a = index(s, "<!--")) > 0) {
            after = substr(s, a + 4); b = index(after, "-->")
            s = substr(s, 1, a - 1) (b > 0 ? substr(after, b + 3) : "")
        }
        n = split(s, parts, "<"); depth = 0
        for (p = 2; p <= n; p++) {
            tag = parts[p]; end = index(tag, ">"); head = end > 0 ? substr(tag, 1, end - 1) : tag
            if (head ~ /^[?!]/) continue
            if (head ~ /^\//) { depth--; continue }
            if (depth == 1 && match(head, /[ \t\r\n]key="[^"]*"/)) {
                key = substr(head, RSTART, RLENGTH); sub(/^[ \t\r\n]key="/, "", key); sub(/"$/, "", key); print key
            }
            if (head !~ /\/[ \t\r\n]*$/) depth++
        }
    }'
}

expected_modules() {
    if [ -z "$DESCRIPTOR_SOURCE" ]; then
        printf '%s\n' "$EXPECTED_MODULES" | grep -v '^$'
    elif [[ $DESCRIPTOR_SOURCE == *.jar ]]; then
        unzip -p "$DESCRIPTOR_SOURCE" atlassian-plugin.xml | descriptor_modules
    else
        descriptor_modules < "$DESCRIPTOR_SOURCE"
    fi
}

check_plugin() {
    local expected
    expected=$(expected_modules)
    if [ -z "$expected" ]; then
        fail "modules" "-" "no module keys read from ${DESCRIPTOR_SOURCE:-the script} (a jar needs unzip)"
        return
    fi
    request GET "/rest/plugins/1.0/$PLUGIN_KEY-key"
    if [ "$STATUS" != 200 ]; then
        fail "plugin:$PLUGIN_KEY" "$STATUS" "UPM does not list the app: $(reason)"
        return
    fi
    json_lines < "$BODY" > "$WORK/plugin"
    if grep -q "^/enabled	true$" "$WORK/plugin"; then
        pass "plugin:$PLUGIN_KEY" "$STATUS" "installed and enabled"
    else
        fail "plugin:$PLUGIN_KEY" "$STATUS" "installed but not enabled"
    fi
    # one line per module: "key enabled"
    awk -F '\t' '
        $1 == "/modules/[]" && $2 == "{" { if (key != "") print key, on; key = ""; on = "?" }
        $1 == "/modules/[]/key" { key = $2 }
        $1 == "/modules/[]/enabled" { on = $2 }
        END { if (key != "") print key, on }' "$WORK/plugin" > "$WORK/modules"
    local key state
    for key in $expected; do
        state=$(awk -v k="$key" '$1 == k { print $2; exit }' "$WORK/modules")
        case $state in
            true) pass "module:$key" "$STATUS" "enabled" ;;
            '') fail "module:$key" "$STATUS" "not among the app's modules in Jira" ;;
            *) fail "module:$key" "$STATUS" "disabled: see the module in Manage apps and Jira's log" ;;
        esac
    done
    for key in $(awk '{ print $1 }' "$WORK/modules"); do
        if ! printf '%s\n' "$expected" | grep -qxF -- "$key"; then
            fail "module:$key" "$STATUS" "not expected: is the jar of this script's version?"
        fi
    done
}

# The first client account, for the bill-rate page and the report.
first_account() {
    request GET "$REST/accounts?limit=1"
    [ "$STATUS" = 200 ] || return 0
    json_lines < "$BODY" | awk -F '\t' '$1 == "/items/[]/key" { print $2; exit }'
}

# The newest ledger job's id in the answer of GET /admin/jobs (none: empty).
newest_job() {
    json_lines < "$BODY" | awk -F '\t' '$1 == "/jobs/[]/id" { print $2; exit }'
}

# A preview changes nothing in Jira's own database: its transaction is rolled back there as in
# the tests. The account's first bill rate is moved, as a dry run, to the period it already has:
# were the dry run committed, nothing would change still (the same period, priced again to the
# same prices), but the rate's re-pricing job would be queued, which this looks for.
check_dry_run() {
    [ "$FINANCE" = yes ] && [ -n "$ACCOUNT" ] || return 0
    local name="dryrun:PUT:/rates/{id}" rate id from to period jobs_before
    request GET "$REST/rates/bill?account=$ACCOUNT"
    rate=$(json_lines < "$BODY" | awk -F '\t' '
        $1 ~ /\[\]\/id$/ && id == "" { id = $2 }
        $1 ~ /\[\]\/validFrom$/ && from == "" { from = $2 }
        $1 ~ /\[\]\/validTo$/ && to == "" { to = $2 }
        END { if (id != "") print id, from, to }')
    if [ -z "$rate" ]; then
        pass "$name" "$STATUS" "skipped: account $ACCOUNT has no bill rate to preview a change of"
        return
    fi
    read -r id from to <<< "$rate"
    [ "$to" = null ] && period="{\"validFrom\":\"$from\",\"validTo\":null}" || period="{\"validFrom\":\"$from\",\"validTo\":\"$to\"}"
    request GET "$REST/admin/jobs?limit=1"
    jobs_before=$(newest_job)
    request GET "$REST/rates/$id"
    cp "$BODY" "$WORK/rate-before"
    request PUT "$REST/rates/$id?dryRun=true" "$period"
    if [ "$STATUS" != 200 ] || ! grep -q '"dryRun" *: *true' "$BODY"; then
        fail "$name" "$STATUS" "expected 200 with an impact document: $(reason)"
        return
    fi
    request GET "$REST/admin/jobs?limit=1"
    if [ "$(newest_job)" != "$jobs_before" ]; then
        fail "$name" "$STATUS" "the dry run queued a re-pricing job: Jira committed what it should have rolled back"
        return
    fi
    request GET "$REST/rates/$id"
    if cmp -s "$BODY" "$WORK/rate-before"; then
        pass "$name" 200 "previewed rate $id, nothing changed"
    else
        fail "$name" "$STATUS" "rate $id changed after a dry run"
    fi
}

# The back-fill writes its batches by JDBC where Jira's catalogue holds Ratecard's tables under the names it
# derives; otherwise it falls back to Active Objects (correct, slower) and health says why. Only a real Jira can tell.
check_backfill_writes() {
    local name="health:backfillWrites" mode reason
    mode=$(json_lines < "$BODY" | awk -F '\t' '$1 == "/backfillWrites/mode" { print $2 }')
    reason=$(json_lines < "$BODY" | awk -F '\t' '$1 == "/backfillWrites/reason" { print $2 }')
    case "$mode" in
        JDBC) pass "$name" "$STATUS" "the back-fill writes its batches by JDBC" ;;
        ACTIVE_OBJECTS) fail "$name" "$STATUS" "the back-fill falls back to Active Objects (correct, but slower): $reason" ;;
        *) fail "$name" "$STATUS" "health has no backfillWrites mode" ;;
    esac
}

check_rest() {
    local project=${ISSUE%-*} today month_ago
    today=$(date -u +%Y-%m-%d)
    month_ago=$(date -u -d '-31 days' +%Y-%m-%d 2>/dev/null || echo "$today")

    request GET "$REST/status"
    if [ "$STATUS" = 200 ] && grep -q '"app" *: *"Ratecard"' "$BODY"; then
        pass "rest:GET:/status" "$STATUS" "Ratecard $(json_lines < "$BODY" | awk -F '\t' '$1 == "/version" { print $2 }') answers"
    else
        fail "rest:GET:/status" "$STATUS" "expected 200 naming Ratecard: $(reason)"
    fi

    rest finance 200 GET "$REST/levels"
    rest finance 400 POST "$REST/levels" '{}'
    form_post "$REST/levels"
    rest finance 404 GET "$REST/levels/$NO_ID"
    rest finance 404 PUT "$REST/levels/$NO_ID" '{}'
    rest finance 404 GET "$REST/levels/$NO_ID/assignments"
    rest finance 404 POST "$REST/levels/$NO_ID/assignments" '{}'
    rest finance 404 DELETE "$REST/levels/$NO_ID/assignments/$NO_ID"
    rest finance 404 GET "$REST/users/$NO_KEY/levels"

    rest finance 200 GET "$REST/pickers/users?q=a&limit=1"
    rest finance 200 GET "$REST/pickers/projects?q=a&limit=1"
    rest finance 200 GET "$REST/pickers/accounts?q=a&limit=1"
    rest open 200 GET "$REST/pickers/currencies?q=eur&limit=1"
    rest open 200 GET "$REST/gadgets/texts"
    rest open 200 GET "$REST/openapi.json"
    rest finance 400 GET "$REST/pickers/accounts?q=a&limit=21"

    rest finance 200 GET "$REST/accounts?limit=1"
    rest finance 400 POST "$REST/accounts" '{}'
    rest finance 404 GET "$REST/accounts/$NO_KEY"
    rest finance 400 PUT "$REST/accounts/$NO_KEY" '{}'
    rest finance 404 GET "$REST/accounts/$NO_KEY/projects"
    rest finance 404 GET "$REST/accounts/$NO_KEY/invoicing"
    rest finance 404 PUT "$REST/accounts/$NO_KEY/invoicing" '{}'
    rest finance 404 GET "$REST/accounts/$NO_KEY/statement?period=${today%-*}"
    rest finance 400 GET "$REST/accounts/$NO_KEY/statement?period=2026-13"
    if [ -n "$ACCOUNT" ]; then
        rest finance 200 GET "$REST/accounts/$ACCOUNT/statement?period=${today%-*}"
    fi

    rest open 404 GET "$REST/projects/$NO_KEY/accounts"
    rest finance 404 POST "$REST/projects/$NO_KEY/accounts" "{\"accountKey\":\"$NO_KEY\"}"
    rest finance 404 DELETE "$REST/projects/$NO_KEY/accounts/$NO_KEY"
    rest finance 404 PUT "$REST/projects/$NO_KEY/accounts/$NO_KEY/default"

    rest finance 200 GET "$REST/rates/cost"
    rest finance 400 POST "$REST/rates/cost" '{}'
    rest finance 200 GET "$REST/rates/bill"
    rest finance 400 POST "$REST/rates/bill" '{}'
    rest finance 404 GET "$REST/rates/$NO_ID"
    rest finance 404 PUT "$REST/rates/$NO_ID" '{"validFrom":"2000-01-01"}'
    rest finance 404 DELETE "$REST/rates/$NO_ID"
    rest finance 400 GET "$REST/rates/resolve"

    rest finance 200 GET "$REST/settings"
    rest finance 400 PUT "$REST/settings" '{"baseCurrency":"NOT-A-CURRENCY"}'
    # refused before the call runs, so before its permission check too
    rest open 400 PUT "$REST/settings?dryRun=true" '{"baseCurrency":"NOT-A-CURRENCY"}'
    rest finance 400 POST "$REST/rates/bill?dryRun=yes" '{}'
    rest finance 200 GET "$REST/settings/overhead"
    rest finance 400 POST "$REST/settings/overhead" '{}'
    rest finance 404 DELETE "$REST/settings/overhead/$NO_ID"

    rest open 404 GET "$REST/issues/$NO_KEY-1/ledger"
    rest open 404 GET "$REST/issues/$NO_KEY-1/billing"
    rest open 404 GET "$REST/issues/$NO_KEY-1/billing/impact?account=$NO_KEY"
    if [ -n "$ISSUE" ]; then
        rest open 200 GET "$REST/issues/$ISSUE/ledger?limit=1"
        rest open 200 GET "$REST/issues/$ISSUE/billing"
        rest costs 200 GET "$REST/projects/$project/costs?from=${month_ago%-*}&to=${today%-*}"
        rest costs 200 GET "$REST/budgets?scopeKind=PROJECT&scopeKey=$project"
        rest costs 200 GET "$REST/expenses?scopeKind=PROJECT&scopeKey=$project"
    else
        fail "rest:issue" "-" "no issue to read: set RATECARD_SMOKE_ISSUE to an issue key"
    fi
    rest open 404 GET "$REST/worklogs/$NO_ID/override"
    rest open 404 PUT "$REST/worklogs/$NO_ID/override" '{}'
    rest open 404 DELETE "$REST/worklogs/$NO_ID/override"

    rest admin 200 GET "$REST/admin/health"
    [ "$STATUS" = 200 ] && check_backfill_writes
    rest admin 405 GET "$REST/admin/backfill"
    rest admin 200 GET "$REST/admin/jobs?limit=1"
    rest admin 404 GET "$REST/admin/jobs/$NO_ID"
    rest admin 404 POST "$REST/admin/jobs/$NO_ID/pause" '{}'
    rest admin 404 POST "$REST/admin/jobs/$NO_ID/resume" '{}'
    rest admin 404 POST "$REST/admin/jobs/$NO_ID/cancel" '{}'

    rest open 400 POST "$REST/budgets" '{}'
    rest open 404 GET "$REST/budgets/$NO_ID"
    rest open 404 PUT "$REST/budgets/$NO_ID" '{}'
    rest open 404 DELETE "$REST/budgets/$NO_ID"
    rest open 404 GET "$REST/budgets/$NO_ID/status"
    rest open 404 GET "$REST/budgets/$NO_ID/burn"

    rest open 200 GET "$REST/timesheets/mine?cadence=WEEK&day=$today"
    rest open 400 POST "$REST/timesheets/mine/submit" '{}'
    rest open 200 GET "$REST/approvals?cadence=WEEK&day=$today"
    rest open 400 POST "$REST/approvals/approve" '{}'
    rest open 400 POST "$REST/approvals/reject" '{}'
    rest open 400 POST "$REST/approvals/reopen" '{}'
    rest finance 200 GET "$REST/periods?from=${month_ago%-*}&to=${today%-*}"
    rest finance 400 POST "$REST/periods/close" '{}'
    rest finance 400 POST "$REST/periods/reopen" '{}'
    rest finance 404 GET "$REST/pending-changes?project=$NO_KEY"
    rest finance 404 POST "$REST/pending-changes/$NO_ID/accept" '{}'
    rest finance 404 POST "$REST/pending-changes/$NO_ID/flag" '{}'
    rest open 404 GET "$REST/projects/$NO_KEY/timesheet-settings"
    rest open 404 PUT "$REST/projects/$NO_KEY/timesheet-settings" '{}'

    rest finance 200 GET "$REST/capacity/settings"
    rest finance 400 PUT "$REST/capacity/settings" '{"hoursPerDay":"25"}'
    rest finance 200 GET "$REST/capacity/hours"
    rest finance 400 POST "$REST/capacity/hours" '{}'
    rest finance 404 DELETE "$REST/capacity/hours/$NO_ID"
    rest finance 200 GET "$REST/capacity/countries"
    rest finance 400 PUT "$REST/capacity/countries/$NO_KEY" '{"country":"DE"}'
    rest finance 200 GET "$REST/capacity/holidays?year=${today%%-*}"
    rest finance 400 POST "$REST/capacity/holidays" '{}'
    rest finance 400 POST "$REST/capacity/holidays/import?country=X1" 'BEGIN:VCALENDAR' 'text/calendar'
    rest finance 404 DELETE "$REST/capacity/holidays/XX/2199-12-31"
    rest finance 200 GET "$REST/capacity/absences?from=$month_ago&to=$today"
    rest finance 400 POST "$REST/capacity/absences" '{}'
    rest finance 404 DELETE "$REST/capacity/absences/$NO_ID"
    rest finance 404 GET "$REST/capacity/people/$NO_KEY?from=$month_ago&to=$today"
    rest finance 200 GET "$REST/fx/rates?from=$month_ago&to=$today"
    rest finance 400 POST "$REST/fx/rates" '{}'
    rest finance 404 DELETE "$REST/fx/rates/EUR/USD/2199-12-31"
    rest finance 400 POST "$REST/fx/rates/import?format=long" 'date,base,quote,rate' 'text/csv'
    rest open 200 GET "$REST/insights/utilisation?from=${month_ago%-*}&to=${today%-*}"
    rest open 200 GET "$REST/insights/utilisation/targets"
    rest finance 400 PUT "$REST/insights/utilisation/targets/$NO_ID" '{}'
    rest finance 404 DELETE "$REST/insights/utilisation/targets/$NO_ID"
    rest open 200 GET "$REST/insights/hints"
    rest open 404 POST "$REST/insights/hints/$NO_ID/dismiss" '{"reason":"smoke test"}'
    rest finance 202 POST "$REST/insights/hints/run" '{}'
    rest finance 400 PUT "$REST/insights/hints/settings" '{}'
    rest open 200 GET "$REST/insights/hints/digest"
    rest open 400 PUT "$REST/insights/hints/digest" '{}'
    rest finance 200 GET "$REST/webhooks/endpoints"
    rest finance 400 POST "$REST/webhooks/endpoints" '{}'
    rest finance 404 GET "$REST/webhooks/endpoints/$NO_ID"
    rest finance 404 PUT "$REST/webhooks/endpoints/$NO_ID" '{}'
    rest finance 404 DELETE "$REST/webhooks/endpoints/$NO_ID"
    rest finance 404 POST "$REST/webhooks/endpoints/$NO_ID/secret" '{}'
    rest finance 404 POST "$REST/webhooks/endpoints/$NO_ID/ping" '{}'
    rest finance 200 GET "$REST/webhooks/deliveries?limit=1"
    rest finance 404 POST "$REST/webhooks/deliveries/$NO_ID/resend" '{}'
    rest admin 200 GET "$REST/webhooks/settings"
    rest admin 400 PUT "$REST/webhooks/settings" '{}'
    rest finance 200 GET "$REST/accounting/settings"
    rest finance 400 PUT "$REST/accounting/settings" '{"accountLength":9}'
    rest finance 200 GET "$REST/accounting/preview?format=csv&from=${month_ago}&to=${today}"
    rest finance 400 GET "$REST/accounting/export?format=csv&from=${today}&to=${month_ago}"
    rest finance 200 GET "$REST/accounting/exports?limit=1"

    rest finance 404 GET "$REST/contracts/$NO_KEY"
    rest finance 404 PUT "$REST/contracts/$NO_KEY" '{}'
    rest finance 404 DELETE "$REST/contracts/$NO_KEY"
    rest finance 404 POST "$REST/contracts/$NO_KEY/terms" '{}'
    rest finance 404 GET "$REST/contracts/$NO_KEY/balance"
    rest finance 404 GET "$REST/contracts/$NO_KEY/cap"
    rest finance 404 GET "$REST/contracts/$NO_KEY/schedule"
    rest finance 404 GET "$REST/contracts/$NO_KEY/adjustments"
    rest finance 404 POST "$REST/contracts/$NO_KEY/adjustments" '{}'
    rest finance 404 GET "$REST/contracts/$NO_KEY/thresholds"
    rest finance 404 PUT "$REST/contracts/$NO_KEY/thresholds" '{}'

    rest open 400 POST "$REST/expenses" '{}'
    rest open 404 GET "$REST/expenses/$NO_ID"
    rest open 404 PUT "$REST/expenses/$NO_ID" '{}'
    rest open 404 DELETE "$REST/expenses/$NO_ID"

    rest finance 200 GET "$REST/invoices?limit=1"
    rest finance 400 POST "$REST/invoices" '{}'
    rest finance 404 GET "$REST/invoices/$NO_ID"
    rest finance 404 DELETE "$REST/invoices/$NO_ID"
    rest finance 404 POST "$REST/invoices/$NO_ID/refresh" '{}'
    rest finance 404 GET "$REST/invoices/$NO_ID/lines"
    rest finance 404 POST "$REST/invoices/$NO_ID/lines" '{}'
    rest finance 404 PUT "$REST/invoices/$NO_ID/lines" "{\"lineKey\":\"$NO_KEY\",\"text\":\"smoke test\"}"
    rest finance 404 PUT "$REST/invoices/$NO_ID/lines" "{\"lineKey\":\"$NO_KEY\",\"vatCategory\":\"S\",\"vatPercent\":\"7\"}"
    rest finance 404 DELETE "$REST/invoices/$NO_ID/lines?lineKey=$NO_KEY"
    rest finance 404 GET "$REST/invoices/$NO_ID/entries"
    rest finance 404 POST "$REST/invoices/$NO_ID/exclusions" '{}'
    rest finance 404 POST "$REST/invoices/$NO_ID/inclusions" '{}'
    rest finance 404 POST "$REST/invoices/$NO_ID/issue" '{}'
    rest finance 404 POST "$REST/invoices/$NO_ID/void" '{"reason":"smoke test"}'
    rest finance 404 POST "$REST/invoices/$NO_ID/credit-notes" '{"reason":"smoke test"}'
    rest finance 404 GET "$REST/invoices/$NO_ID/export?format=csv"
    rest finance 404 GET "$REST/invoices/$NO_ID/validation"
    rest finance 200 GET "$REST/settings/einvoice"
    rest finance 400 PUT "$REST/settings/einvoice" '{"iban":"DE00"}'
    rest finance 404 GET "$REST/accounts/$NO_KEY/einvoice"
    rest finance 404 PUT "$REST/accounts/$NO_KEY/einvoice" '{}'

    rest finance 400 GET "$REST/reports/billing"
    if [ -n "$ACCOUNT" ]; then
        rest finance 200 GET "$REST/reports/billing?account=$ACCOUNT&from=$month_ago&to=$today&format=json"
    fi

    rest open 400 GET "$REST/insights/margin?from=2026-05&to=2026-01"
    rest finance 200 GET "$REST/insights/margin?from=${month_ago%-*}&to=${today%-*}&by=account"
    rest open 400 GET "$REST/insights/margin/entries?from=${month_ago%-*}&to=${today%-*}"
    if [ -n "$ISSUE" ]; then
        rest costs 200 GET "$REST/insights/margin/entries?from=${month_ago%-*}&to=${today%-*}&project=${ISSUE%-*}&limit=1"
    fi
}

check_pages() {
    local project=${ISSUE%-*}
    page admin "$SERVLET/admin" 'id="ratecard-overview"'
    page finance "$SERVLET/rates/levels" 'id="ratecard-levels-page"'
    page finance "$SERVLET/rates/cost" 'id="ratecard-cost-page"'
    page finance "$SERVLET/rates/accounts" 'id="ratecard-accounts-page"'
    if [ -n "$ACCOUNT" ]; then
        page finance "$SERVLET/rates/bill?account=$ACCOUNT" 'id="ratecard-bill-page"'
        page finance "$SERVLET/statement?account=$ACCOUNT&period=$(date -u +%Y-%m)" 'id="ratecard-statement-page"'
    elif [ "$FINANCE" = yes ]; then
        fail "page:bill" "-" "no client account to open: create one or set RATECARD_SMOKE_ACCOUNT"
    fi
    page admin "$SERVLET/rates/ledger" 'id="ratecard-ledger-page"'
    page finance "$SERVLET/budgets" 'id="ratecard-account-budgets"'
    page finance "$SERVLET/invoices" 'id="ratecard-invoices-page"'
    page open "$SERVLET/timesheet" 'id="ratecard-timesheet-page"'
    page open "$SERVLET/approvals" 'id="ratecard-approvals-page"'
    page finance "$SERVLET/periods" 'id="ratecard-periods-page"'
    page finance "$SERVLET/capacity" 'id="ratecard-capacity-page"'
    page finance "$SERVLET/fx" 'id="ratecard-fx-page"'
    page finance "$SERVLET/contracts" 'id="ratecard-contracts-page"'
    page finance "$SERVLET/insights/margin" 'id="ratecard-margin-page"'
    page open "$SERVLET/insights/utilisation" 'id="ratecard-utilisation-page"'
    page open "$SERVLET/insights/hints" 'id="ratecard-hints-page"'
    page finance "$SERVLET/webhooks" 'id="ratecard-webhooks-page"'
    page finance "$SERVLET/accounting-settings" 'id="ratecard-accounting-settings-page"'
    if [ -z "$ISSUE" ]; then
        fail "page:issue" "-" "no issue to open: set RATECARD_SMOKE_ISSUE to an issue key"
        return
    fi
    page costs "$SERVLET/budgets?project=$project" 'id="ratecard-budget-page"'
    page open "/browse/$ISSUE" 'id="ratecard-cost-panel"'
    if [ -n "$PROJECT_ID" ] && [ -n "$ACCOUNT" ] && [ "$FINANCE" = yes ]; then
        page finance "/secure/ConfigureReport.jspa?selectedProjectId=$PROJECT_ID&reportKey=$PLUGIN_KEY:billing-report&account=$ACCOUNT&groupBy=issue&Next=Next" \
            'id="ratecard-billing-report-page"'
    fi
}

check_plugin
if [ -z "$ACCOUNT" ] && [ "$FINANCE" = yes ]; then
    ACCOUNT=$(first_account)
fi
check_rest
check_dry_run
check_pages

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
