#!/usr/bin/env bash
# `npm run package`: a production build (minified, no source maps) packed into analyst-lens.vsix.
# .vscodeignore is an allow-list, so only the bundles, grammar, schemas and docs go in.
set -euo pipefail
cd "$(dirname "$0")/.."

node esbuild.config.mjs --production
# --no-dependencies: everything is bundled by esbuild, node_modules is not needed at run time.
# --allow-missing-repository: the manifest has no public repository yet, and vsce would otherwise
#   stop at an interactive question (CI has no stdin).
# --no-rewrite-relative-links: without a repository URL vsce cannot turn the README's relative
#   screenshot links into absolute ones and would fail; the pictures ship inside the .vsix instead.
npx --no-install vsce package --no-dependencies --allow-missing-repository --no-rewrite-relative-links \
  -o analyst-lens.vsix "$@"
ls -l analyst-lens.vsix
