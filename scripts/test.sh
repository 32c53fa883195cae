#!/usr/bin/env bash
# `npm test`: everything from a bare clone to the UI tests, in the order a failure is cheapest to
# find: build, types, unit tests in plain Node, then the editor (install code-server once, the
# extension-host suite inside VS Code, then the UI driven through chromium).
#
#   bash scripts/test.sh              all stages
#   bash scripts/test.sh --no-editor  stop after the unit tests (no code-server, no chromium)
set -euo pipefail
cd "$(dirname "$0")/.."

editor=1
for a in "$@"; do
  case "$a" in
    --no-editor) editor=0 ;;
    *) echo "usage: bash scripts/test.sh [--no-editor]" >&2; exit 2 ;;
  esac
done

declare -a done_stages=()
t_all=$SECONDS
current=""

summary() {
  echo
  echo "== npm test summary"
  for s in "${done_stages[@]}"; do echo "   ok    $s"; done
}
# On any failure (set -e exits through this trap), name the stage so the log needs no reading.
on_exit() {
  local rc=$?
  if ((rc != 0)); then
    summary
    echo "   FAIL  $current"
    echo "npm test: FAILED at stage '$current' (exit $rc) after $((SECONDS - t_all)) s"
  fi
}
trap on_exit EXIT

stage() {
  current="$1"; shift
  echo
  echo "== [$current] $*"
  local t=$SECONDS
  "$@"
  done_stages+=("$(printf '%-12s %4d s' "$current" $((SECONDS - t)))")
}

if [[ ! -d node_modules ]]; then
  stage install npm ci --no-audit --no-fund
fi
stage build npm run build
stage typecheck npx tsc -p . --noEmit
if ((editor)); then
  # code-server first: the unit stage also tokenises the grammar with VS Code's TextMate engine.
  stage code-server bash scripts/install-code-server.sh
  export ANALYST_LENS_EDITOR=1
fi
stage unit npx mocha --config test/.mocharc.json
if ((editor)); then
  stage host-tests node test/editor/run-host-tests.mjs
  stage ui-tests node test/ui/ui.test.mjs
fi

summary
echo "npm test: all ${#done_stages[@]} stages passed in $((SECONDS - t_all)) s"
