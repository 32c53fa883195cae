#!/usr/bin/env bash
# `npm start`: the main job. Builds, shows the command line on the seed articles, then opens
# seeds/ in an editor with the extension loaded: desktop VS Code when `code` is on the PATH,
# otherwise the browser VS Code (code-server) on 127.0.0.1, whose URL is printed.
#
#   bash scripts/start.sh           keeps code-server running until Ctrl+C
#   bash scripts/start.sh --once    (or CI=true) starts it, checks it answers, prints, stops
# Environment: PORT (default 8080, or a free port when 8080 is taken).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

once=0
[[ "${CI:-}" == "true" || "${CI:-}" == "1" ]] && once=1
for a in "$@"; do
  case "$a" in
    --once) once=1 ;;
    *) echo "usage: bash scripts/start.sh [--once]" >&2; exit 2 ;;
  esac
done

[[ -d node_modules ]] || npm ci --no-audit --no-fund
npm run build

echo
echo "== analyst-lens seeds/  (the command line on the same engine)"
# The CLI exits 1 when an input cannot be read; that must not stop the editor from opening.
node dist/cli.js seeds || echo "(the CLI reported unreadable inputs, exit $?)"

if command -v code >/dev/null 2>&1 && ((once == 0)); then
  echo
  echo "== opening seeds/ in VS Code with the extension loaded from $ROOT"
  exec code --extensionDevelopmentPath="$ROOT" "$ROOT/seeds"
fi

echo
echo "== no desktop VS Code here: serving VS Code in the browser (code-server)"
bash scripts/install-code-server.sh

# Persistent folders (inside the ignored .code-server/) so settings and the installed extension
# survive restarts; the tests use throwaway ones instead.
EXT="$ROOT/.code-server/start/extensions"
UD="$ROOT/.code-server/start/user-data"
mkdir -p "$EXT" "$UD/User"
[[ -f "$UD/User/settings.json" ]] || cat > "$UD/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off"
}
JSON
CS="$ROOT/.code-server/node_modules/.bin/code-server"

# Install the packaged extension, so a plain URL opens with it too. If packaging fails, the
# development URL below still loads the extension straight from dist/.
if bash scripts/package.sh >/tmp/analyst-lens-package.log 2>&1; then
  "$CS" --extensions-dir "$EXT" --user-data-dir "$UD" --install-extension "$ROOT/analyst-lens.vsix" --force >/dev/null
  echo "installed analyst-lens.vsix into $EXT"
  npm run build >/dev/null   # package.sh left a minified build; restore the debuggable one
else
  echo "packaging failed (see /tmp/analyst-lens-package.log); use the development URL"
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT="${PORT:-8080}"
if ! port_free "$PORT"; then
  PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
fi

LOG="$ROOT/.code-server/start/code-server.log"
# setsid: code-server and its extension hosts get their own process group, so one kill ends all.
setsid "$CS" --auth none --bind-addr "127.0.0.1:$PORT" --disable-telemetry --disable-update-check \
  --disable-workspace-trust --extensions-dir "$EXT" --user-data-dir "$UD" "$ROOT/seeds" >"$LOG" 2>&1 &
CS_PID=$!
stop() { kill -TERM -- "-$CS_PID" 2>/dev/null || true; }
trap stop EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 300); do
  if curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 || \
     node -e "fetch('http://127.0.0.1:$PORT/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then
    ready=1; break
  fi
  kill -0 "$CS_PID" 2>/dev/null || { echo "code-server exited:"; tail -20 "$LOG"; exit 1; }
  sleep 0.2
done
[[ "${ready:-}" == 1 ]] || { echo "code-server did not answer within 60 s:"; tail -20 "$LOG"; exit 1; }

payload=$(node -e "
  const r = (p) => 'vscode-remote://127.0.0.1:$PORT' + p;
  process.stdout.write(encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', r('$ROOT')]])));")
folder=$(node -e "process.stdout.write(encodeURIComponent('$ROOT/seeds'))")
echo
echo "  Analyst Lens in the browser VS Code:"
echo "    http://127.0.0.1:$PORT/?folder=$folder"
echo "  with the extension loaded from this checkout (picks up rebuilds on reload):"
echo "    http://127.0.0.1:$PORT/?folder=$folder&payload=$payload"
echo "  installed extensions: $("$CS" --extensions-dir "$EXT" --user-data-dir "$UD" --list-extensions 2>/dev/null | tr '\n' ' ')"
echo "  log: $LOG"

if ((once)); then
  echo "  (--once / CI: code-server answered /healthz; stopping it again)"
  exit 0
fi
echo "  Ctrl+C stops it."
wait "$CS_PID"
