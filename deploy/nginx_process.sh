#!/usr/bin/env bash
# nginx in the foreground, as supervisord runs it (deploy/supervisord.conf):
#   deploy/nginx_process.sh NGINX RUN_DIR
# nginx's workers outlive a master killed with SIGKILL (an out-of-memory kill) and keep its
# port, so a new master could not bind it and the supervisor would give up. Before starting,
# this kills what is left of the last master's process group (supervisord makes each program a
# group of its own; nginx.pid, left behind by a killed master, names it), nginx's processes only.
set -euo pipefail
NGINX="$1"
RUN_DIR="$2"
if [ -s "$RUN_DIR/nginx.pid" ]; then
  old="$(cat "$RUN_DIR/nginx.pid")"
  for stat in /proc/[0-9]*/stat; do
    line="$(cat "$stat" 2>/dev/null)" || continue
    comm="${line#*(}"
    comm="${comm%%)*}"
    read -r _state _ppid pgrp _ <<<"${line##*) }"
    if [ "$pgrp" = "$old" ] && [ "$comm" = nginx ]; then
      pid="${stat#/proc/}"
      kill -KILL "${pid%/stat}" 2>/dev/null || true
    fi
  done
  rm -f "$RUN_DIR/nginx.pid"
  sleep 0.2
fi
# NGINX in nginx's environment names sockets to inherit (its binary upgrade): not ours.
exec env -u NGINX "$NGINX" -p "$RUN_DIR" -e "$RUN_DIR/error.log" -c "$RUN_DIR/nginx.conf" -g "daemon off;"
