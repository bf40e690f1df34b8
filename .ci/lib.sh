# Shared by .ci/run and .ci/bench (sourced): installing what a fresh Debian machine lacks, and a
# throw-away PostgreSQL on 127.0.0.1 with its data under target/.

PG_PORT="${RATECARD_PG_PORT:-55432}"
PG_DIR=""
apt_updated=0

say() { printf '\n== %s\n' "$*"; }

install_packages() {
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
        echo "Missing: $* (install them, or run this script as root on Debian)" >&2
        exit 1
    fi
    if [ "$apt_updated" = 0 ]; then
        apt-get update -qq
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

java_release() {
    javac -version 2>&1 | sed -E 's/^javac ([0-9]+).*/\1/'
}

# ensure_tools [with-browser]: JDK 17, Maven and PostgreSQL (and Chromium with chromedriver)
ensure_tools() {
    if ! command -v javac >/dev/null || [ "$(java_release)" -lt 17 ]; then
        install_packages openjdk-17-jdk-headless || install_packages default-jdk-headless
    fi
    command -v mvn >/dev/null || install_packages maven
    if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
        install_packages postgresql
    fi
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    if [ "${1:-}" = with-browser ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
        install_packages chromium chromium-driver
    fi
}

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
    PG_DIR="$PWD/target/ci-postgres"
    if [ -f "$PG_DIR/data/postmaster.pid" ]; then
        # a server left by an interrupted run
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_DIR"
    mkdir -p "$PG_DIR"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$PG_DIR"
        if ! runuser -u postgres -- test -w "$PG_DIR"; then
            # The checkout is not reachable for the postgres user: keep the cluster in /tmp instead.
            PG_DIR=$(mktemp -d /tmp/ratecard-ci-postgres.XXXXXX)
            chown postgres "$PG_DIR"
        fi
    fi
    as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U ratecard --auth=trust -E UTF8 --locale=C >/dev/null
    # fsync=off in the configuration file, not on the command line (which no ALTER SYSTEM overrides), so the benchmark
    # can switch it on for its listener figure and back
    as_pg sh -c "echo 'fsync = off' >> '$PG_DIR/data/postgresql.conf'"
    if ! as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories='$PG_DIR'" start >/dev/null; then
        echo "PostgreSQL did not start (is port $PG_PORT taken? set RATECARD_PG_PORT):" >&2
        cat "$PG_DIR/server.log" >&2 || true
        exit 1
    fi
    as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U ratecard ratecard
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
    if [ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null || true
    fi
    case "$PG_DIR" in
        /tmp/ratecard-ci-postgres.*) rm -rf "$PG_DIR" ;;
    esac
}

# list_failed_tests: the tests that failed or erred, with the first lines of each report, printed
# last so that the end of a failed run's output names them.
list_failed_tests() {
    local reports report
    reports=$(grep -l -E '<<< (FAILURE|ERROR)!' target/surefire-reports*/*.txt target/failsafe-reports*/*.txt 2>/dev/null || true)
    [ -n "$reports" ] || return 0
    say "Failed tests"
    for report in $reports; do
        echo "-- $report"
        grep -A 6 -E '<<< (FAILURE|ERROR)!' "$report" | cut -c1-300 | head -n 30
    done
}

# list_flaky_tests: the integration tests that failed once and passed when run again (failsafe runs a failed one once more).
list_flaky_tests() {
    local flaky
    flaky=$(awk '/<testcase /{ testcase = $0 } /<flaky(Failure|Error)/{ print testcase }' target/failsafe-reports*/TEST-*.xml 2>/dev/null \
        | sed -E 's/^[[:space:]]*<testcase name="([^"]*)" classname="([^"]*)".*/\2.\1/' | sort -u)
    [ -n "$flaky" ] || return 0
    say "Flaky tests (failed once, passed when run again)"
    echo "$flaky"
}

# forget_test_reports: the reports an earlier run left in target/, so that the lists above name this run's tests only.
forget_test_reports() {
    rm -rf target/surefire-reports target/failsafe-reports target/failsafe-reports-*
}
