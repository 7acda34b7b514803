#!/usr/bin/env bash
# The public read-only deployment on this machine: K streamlit processes with GNBV_READ_ONLY=1
# on loopback ports, nginx in front of them (sticky sessions, websocket, security headers).
#
#   deploy/run_public.sh [--processes K] [--listen ADDR:PORT] [--first-port N] [--run-dir DIR]
#
# Defaults: 2 processes on 127.0.0.1:8601.., nginx on 127.0.0.1:8080, files in var/public/.
# Needs Debian's nginx (apt-get install nginx). Python: $PYTHON, else .venv/bin/python, else
# python3. Runs in the foreground; Ctrl-C (or SIGTERM) stops nginx and every process.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

K=2
LISTEN=127.0.0.1:8080
FIRST_PORT=8601
RUN_DIR="$ROOT/var/public"
while [ $# -gt 0 ]; do
  case "$1" in
    --processes) K="$2"; shift 2 ;;
    --listen) LISTEN="$2"; shift 2 ;;
    --first-port) FIRST_PORT="$2"; shift 2 ;;
    --run-dir) RUN_DIR="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
case "$K" in ''|*[!0-9]*) echo "--processes must be a number" >&2; exit 2 ;; esac
[ "$K" -ge 1 ] || { echo "--processes must be at least 1" >&2; exit 2; }

if [ -z "${PYTHON:-}" ]; then
  if [ -x "$ROOT/.venv/bin/python" ]; then PYTHON="$ROOT/.venv/bin/python"; else PYTHON=python3; fi
fi
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
[ -x "$NGINX" ] || { echo "nginx not found: apt-get install nginx" >&2; exit 1; }

mkdir -p "$RUN_DIR/tmp"
PIDS=()
cleanup() {
  trap - EXIT INT TERM
  [ -f "$RUN_DIR/nginx.pid" ] && kill "$(cat "$RUN_DIR/nginx.pid")" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 143' INT TERM

# One cookie secret shared by every process (signed XSRF cookies stay valid across them).
if [ -z "${STREAMLIT_SERVER_COOKIE_SECRET:-}" ]; then
  STREAMLIT_SERVER_COOKIE_SECRET="$("$PYTHON" -c 'import secrets; print(secrets.token_hex(32))')"
fi
export STREAMLIT_SERVER_COOKIE_SECRET
export GNBV_READ_ONLY=1
# The PDF brief's link and QR code start with it: the address given, else nginx's own.
export GNBV_PUBLIC_URL="${GNBV_PUBLIC_URL:-http://$LISTEN}"

SERVERS=""
for i in $(seq 0 $((K - 1))); do
  port=$((FIRST_PORT + i))
  "$PYTHON" -m streamlit run app.py --server.address 127.0.0.1 --server.port "$port" \
    --server.headless true >"$RUN_DIR/app-$port.log" 2>&1 &
  PIDS+=("$!")
  echo "$!" >"$RUN_DIR/app-$port.pid"
  SERVERS="$SERVERS        server 127.0.0.1:$port;\n"
done

for i in $(seq 0 $((K - 1))); do
  port=$((FIRST_PORT + i))
  for _ in $(seq 1 120); do
    if "$PYTHON" -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/_stcore/health', timeout=2)" 2>/dev/null; then
      break
    fi
    kill -0 "${PIDS[$i]}" 2>/dev/null || { echo "streamlit on $port died, see $RUN_DIR/app-$port.log" >&2; exit 1; }
    sleep 0.5
  done
done

# One run per process before nginx lets visitors in (see deploy/warm_up.py for why).
"$PYTHON" deploy/warm_up.py $(seq "$FIRST_PORT" $((FIRST_PORT + K - 1)))

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
find "$RUN_DIR/static" -type f \( -name '*.js' -o -name '*.css' -o -name '*.svg' -o -name '*.json' \) \
  -exec gzip -k -6 {} +
chmod -R a+rX "$RUN_DIR/static"

USER_LINE=""
if [ "$(id -u)" = 0 ]; then
  USER_LINE="user www-data;"
  chown -R www-data "$RUN_DIR/tmp"
fi
sed -e "s|@RUN_DIR@|$RUN_DIR|g" -e "s|@USER_LINE@|$USER_LINE|" -e "s|@LISTEN@|$LISTEN|" \
    -e "s|@SCRIPT_HASHES@|$SCRIPT_HASHES|" -e "s|@SERVERS@|$SERVERS|" \
    -e "s|@STATIC_ROOT@|$RUN_DIR/static|" \
    deploy/nginx.conf >"$RUN_DIR/nginx.conf"
"$NGINX" -t -q -p "$RUN_DIR" -e "$RUN_DIR/error.log" -c "$RUN_DIR/nginx.conf"
echo "GNBV read-only: http://$LISTEN/ ($K processes on 127.0.0.1:$FIRST_PORT..)"
"$NGINX" -p "$RUN_DIR" -e "$RUN_DIR/error.log" -c "$RUN_DIR/nginx.conf" -g "daemon off;" &
PIDS+=("$!")
wait -n
