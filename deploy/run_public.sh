#!/usr/bin/env bash
# The public read-only deployment on this machine: K streamlit processes with GNBV_READ_ONLY=1
# on loopback ports, nginx in front of them (sticky sessions, websocket, failover, per-address
# limits, security headers), all under supervisord, which restarts any of them that dies.
#
#   deploy/run_public.sh [--processes K] [--listen ADDR:PORT] [--first-port N] [--run-dir DIR]
#                        [--conn-per-address N] [--req-per-second R] [--req-burst B]
#                        [--configure-only]
#
# Defaults: 4 processes (two per core of a 2-core machine) on 127.0.0.1:8601.., nginx on 127.0.0.1:8080, files in var/public/;
# per client address 80 open app connections, 10 requests/s to the app with a burst of 200
# (README, "Public deployment"). --configure-only writes RUN_DIR/nginx.conf, the static copy and
# RUN_DIR/supervisord.conf and exits (for the systemd units in deploy/systemd/).
# Needs Debian's nginx (apt-get install nginx) and supervisor (requirements.txt). Python:
# $PYTHON, else .venv/bin/python, else python3. Runs in the foreground; Ctrl-C (or SIGTERM)
# stops supervisord, which stops nginx and every process.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

K=4
LISTEN=127.0.0.1:8080
FIRST_PORT=8601
RUN_DIR="$ROOT/var/public"
CONN_PER_ADDRESS=80
REQ_PER_SECOND=10
REQ_BURST=200
CONFIGURE_ONLY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --processes) K="$2"; shift 2 ;;
    --listen) LISTEN="$2"; shift 2 ;;
    --first-port) FIRST_PORT="$2"; shift 2 ;;
    --run-dir) RUN_DIR="$2"; shift 2 ;;
    --conn-per-address) CONN_PER_ADDRESS="$2"; shift 2 ;;
    --req-per-second) REQ_PER_SECOND="$2"; shift 2 ;;
    --req-burst) REQ_BURST="$2"; shift 2 ;;
    --configure-only) CONFIGURE_ONLY=1; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
for value in "$K" "$FIRST_PORT" "$CONN_PER_ADDRESS" "$REQ_PER_SECOND" "$REQ_BURST"; do
  case "$value" in ''|*[!0-9]*) echo "not a whole number: '$value'" >&2; exit 2 ;; esac
done
[ "$CONN_PER_ADDRESS" -ge 1 ] && [ "$REQ_PER_SECOND" -ge 1 ] \
  || { echo "the per-address limits must be at least 1" >&2; exit 2; }
[ "$CONN_PER_ADDRESS" -le 16383 ] \
  || { echo "--conn-per-address: at most 16383 (nginx counts 4 times that below 65536)" >&2; exit 2; }
[ "$K" -ge 1 ] || { echo "--processes must be at least 1" >&2; exit 2; }

if [ -z "${PYTHON:-}" ]; then
  if [ -x "$ROOT/.venv/bin/python" ]; then PYTHON="$ROOT/.venv/bin/python"; else PYTHON=python3; fi
fi
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
[ -x "$NGINX" ] || { echo "nginx not found: apt-get install nginx" >&2; exit 1; }

mkdir -p "$RUN_DIR/tmp"
RUN_DIR="$(cd "$RUN_DIR" && pwd)"

# CSP hashes of the inline scripts: those of the installed streamlit's index.html, and the
# app's one constant script, which sets <html lang> to the UI language (ui/static/html_lang.js,
# sent stripped by ui.common.app_style).
SCRIPT_HASHES="$("$PYTHON" - <<'PY'
import base64, hashlib, pathlib, re
import streamlit
html = (pathlib.Path(streamlit.__file__).parent / "static" / "index.html").read_text("utf-8")
scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
scripts.append(pathlib.Path("ui/static/html_lang.js").read_text("utf-8").strip())
print(" ".join("'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()
               for s in scripts))
PY
)"

# Streamlit's own files (scripts, styles, fonts; content-hashed names), served by nginx rather
# than by the Python processes: a copy with a gzip'd twin of each text file, made once here
# (a burst of first visits fetches about sixty of them each: through Streamlit, which gzips
# every response anew, they took most of the processes' CPU).
STATIC_SRC="$("$PYTHON" -c 'import pathlib, streamlit; print(pathlib.Path(streamlit.__file__).parent / "static")')"
rm -rf "$RUN_DIR/static"
mkdir -p "$RUN_DIR/static"
cp -R "$STATIC_SRC/static" "$RUN_DIR/static/static"
cp "$STATIC_SRC/index.html" "$RUN_DIR/static/index.html"  # the page, sent by nginx too
find "$RUN_DIR/static" -type f \( -name '*.js' -o -name '*.css' -o -name '*.svg' -o -name '*.json' \
  -o -name '*.html' \) -exec gzip -k -6 {} +
chmod -R a+rX "$RUN_DIR/static"

SERVERS=""
for port in $(seq "$FIRST_PORT" $((FIRST_PORT + K - 1))); do
  SERVERS="$SERVERS        server 127.0.0.1:$port max_fails=1 fail_timeout=10s;\n"
done
USER_LINE=""
if [ "$(id -u)" = 0 ]; then
  USER_LINE="user www-data;"
  chown -R www-data "$RUN_DIR/tmp"
fi
sed -e "s|@RUN_DIR@|$RUN_DIR|g" -e "s|@USER_LINE@|$USER_LINE|" -e "s|@LISTEN@|$LISTEN|" \
    -e "s|@SCRIPT_HASHES@|$SCRIPT_HASHES|" -e "s|@SERVERS@|$SERVERS|" \
    -e "s|@STATIC_ROOT@|$RUN_DIR/static|" -e "s|@CONN_PER_ADDRESS@|$CONN_PER_ADDRESS|g" \
    -e "s|@ALL_CONN_PER_ADDRESS@|$((4 * CONN_PER_ADDRESS))|g" \
    -e "s|@REQ_PER_SECOND@|$REQ_PER_SECOND|g" -e "s|@REQ_BURST@|$REQ_BURST|g" \
    deploy/nginx.conf >"$RUN_DIR/nginx.conf"
"$NGINX" -t -q -p "$RUN_DIR" -e "$RUN_DIR/error.log" -c "$RUN_DIR/nginx.conf"
sed -e "s|@RUN_DIR@|$RUN_DIR|g" -e "s|@ROOT@|$ROOT|g" -e "s|@PYTHON@|$PYTHON|g" \
    -e "s|@NGINX@|$NGINX|g" -e "s|@PROCESSES@|$K|g" -e "s|@FIRST_PORT@|$FIRST_PORT|g" \
    deploy/supervisord.conf >"$RUN_DIR/supervisord.conf"
if [ "$CONFIGURE_ONLY" = 1 ]; then
  echo "written: $RUN_DIR/nginx.conf, $RUN_DIR/supervisord.conf, $RUN_DIR/static/"
  exit 0
fi

# One cookie secret shared by every process (signed XSRF cookies stay valid across them).
if [ -z "${STREAMLIT_SERVER_COOKIE_SECRET:-}" ]; then
  STREAMLIT_SERVER_COOKIE_SECRET="$("$PYTHON" -c 'import secrets; print(secrets.token_hex(32))')"
fi
export STREAMLIT_SERVER_COOKIE_SECRET
export GNBV_READ_ONLY=1
# The PDF brief's link and QR code start with it: the address given, else nginx's own.
export GNBV_PUBLIC_URL="${GNBV_PUBLIC_URL:-http://$LISTEN}"

# supervisord starts the processes (deploy/app_process.py: each writes app-PORT.pid once it is
# warmed) and restarts any that dies; nginx is started once they are all warmed.
rm -f "$RUN_DIR"/app-*.pid
SUPERVISORD_PID=""
stop_all() {
  trap - EXIT INT TERM
  if [ -n "$SUPERVISORD_PID" ]; then
    kill -TERM "$SUPERVISORD_PID" 2>/dev/null || true
    wait "$SUPERVISORD_PID" 2>/dev/null || true
  fi
}
trap stop_all EXIT
trap 'exit 143' INT TERM
"$PYTHON" -m supervisor.supervisord -c "$RUN_DIR/supervisord.conf" &
SUPERVISORD_PID=$!
CTL=("$PYTHON" -m supervisor.supervisorctl -c "$RUN_DIR/supervisord.conf")
for port in $(seq "$FIRST_PORT" $((FIRST_PORT + K - 1))); do
  for _ in $(seq 1 360); do
    [ -s "$RUN_DIR/app-$port.pid" ] && break
    kill -0 "$SUPERVISORD_PID" 2>/dev/null || { echo "supervisord exited, see $RUN_DIR" >&2; exit 1; }
    sleep 0.5
  done
  [ -s "$RUN_DIR/app-$port.pid" ] \
    || { echo "streamlit on $port did not start, see $RUN_DIR/app-$port.log" >&2; exit 1; }
done
# (Not fatal: an nginx that dies while starting is restarted by supervisord like any other.)
"${CTL[@]}" start nginx >/dev/null \
  || echo "nginx is not up yet; supervisord keeps trying: see $RUN_DIR/error.log" >&2
echo "GNBV read-only: http://$LISTEN/ ($K processes on 127.0.0.1:$FIRST_PORT.., under supervisord:" \
  "${CTL[*]} status)"
# The supervisor holds everything from here; this script only waits for it (and stops it).
wait "$SUPERVISORD_PID"
