#!/usr/bin/env bash
# How analyst-lens fits into ordinary fan-out pipelines, runnable offline on a bare Debian with
# Node. Two patterns over the same folder (default: seeds/):
#
#   1. files in, JSON lines out: batches of files spread over N processes with GNU parallel, or
#      with `xargs -P` when parallel is not installed;
#   2. a Hadoop-Streaming-style mapper: articles become {"id", "text"} lines, the stream is cut
#      into shards, and each shard goes through `analyst-lens --jsonl-in` in its own process.
#      On a real cluster the same command is the mapper:
#        hadoop jar hadoop-streaming.jar -input articles.jsonl -output out \
#          -mapper 'node cli.js --jsonl-in' -file dist/cli.js -file dist/cli-core.js -file dist/cli-core.js.cache
#
# Both end with the same per-type counts, which the script checks.
#
#   bash scripts/parallel-example.sh [folder] [jobs]
set -euo pipefail
cd "$(dirname "$0")/.."

folder=${1:-seeds}
jobs=${2:-$(nproc 2>/dev/null || echo 2)}

# The CLI is one self-contained file; build it if this is a fresh clone (esbuild is local).
[ -f dist/cli.js ] || npm run --silent build

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Null-separated names survive spaces and newlines in file names; sorting makes runs comparable.
list_articles() {
  # -H follows the folder itself when it is a symbolic link, but no links inside it.
  find -H "$folder" -type d \( -name '.*' -o -name node_modules \) -prune -o \
    -type f \( -name '*.txt' -o -name '*.article' \) -print0 | LC_ALL=C sort -z
}

# Counts documents, entities and mentions per type in a JSONL result stream.
summarise() {
  node -e '
    const lines = require("fs").readFileSync(0, "utf8").split("\n").filter(Boolean);
    const count = {};
    for (const line of lines) {
      for (const e of JSON.parse(line).entities) {
        const c = (count[e.type] ??= { entities: 0, mentions: 0 });
        c.entities++;
        c.mentions += e.mentions.length;
      }
    }
    console.log(`${lines.length} documents`);
    for (const [type, c] of Object.entries(count).sort()) {
      console.log(`  ${type.padEnd(10)} ${String(c.entities).padStart(5)} entities ${String(c.mentions).padStart(6)} mentions`);
    }'
}

total=$(list_articles | tr -cd '\0' | wc -c)
echo "$total articles under $folder, $jobs jobs"
if [ "$total" -eq 0 ]; then
  echo "nothing to analyse: no *.txt or *.article files under $folder" >&2
  exit 1
fi
# Starting Node costs more than analysing an article, so each process takes a batch of files:
# about four batches per job, which keeps all jobs busy while the last batches finish.
batch=$(( (total + jobs * 4 - 1) / (jobs * 4) ))
[ "$batch" -le 1000 ] || batch=1000

# --- 1. Files in, JSON lines out ----------------------------------------------------------------
# The CLI exits 1 when a file cannot be read (it names it on stderr and still prints the rest),
# so a non-zero status from the fan-out tool is reported instead of aborting the example.
status=0
if parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
  echo "== 1. GNU parallel, $batch files per process =="
  # parallel holds each job's output until the job ends (--group is its default), so lines from
  # different processes never interleave; --keep-order writes them in input order.
  list_articles | parallel -0 --will-cite --keep-order -j "$jobs" -n "$batch" \
    node dist/cli.js --format jsonl >"$work/files.jsonl" || status=$?
else
  echo "== 1. xargs -P (GNU parallel not installed), $batch files per process =="
  # Processes started by xargs share one stdout, and a result line longer than the pipe's atomic
  # write size (4 KiB) can be split by another process's output. So each process writes its own
  # part file, and the parts are joined once all are done.
  mkdir "$work/parts"
  list_articles | xargs -0 -r -n "$batch" -P "$jobs" sh -c \
    'node dist/cli.js --format jsonl "$@" >"$(mktemp "$0/part.XXXXXX")"' "$work/parts" || status=$?
  cat "$work/parts"/part.* >"$work/files.jsonl"
fi
[ "$status" -eq 0 ] || echo "(some articles could not be read: status $status, see above)"
summarise <"$work/files.jsonl" | tee "$work/summary1.txt"

# --- 2. Hadoop-Streaming-style mapper ------------------------------------------------------------
echo "== 2. --jsonl-in mapper over $jobs shards =="
# JSON.stringify does the escaping, so any article text becomes exactly one line.
list_articles | xargs -0 -r node -e '
  const fs = require("fs");
  for (const file of process.argv.slice(1)) {
    process.stdout.write(JSON.stringify({ id: file, text: fs.readFileSync(file, "utf8") }) + "\n");
  }' -- >"$work/articles.jsonl"

# `split -n l/N` cuts at line boundaries only, like the input splits a streaming job gets.
mkdir "$work/shards" "$work/out"
split -n "l/$jobs" -d "$work/articles.jsonl" "$work/shards/shard."
status=0
find "$work/shards" -type f -name 'shard.*' -print0 | LC_ALL=C sort -z |
  xargs -0 -n 1 -P "$jobs" sh -c 'node dist/cli.js --jsonl-in <"$1" >"$0/$(basename "$1").jsonl"' "$work/out" ||
  status=$?
[ "$status" -eq 0 ] || echo "(some records were rejected: status $status, see above)"
cat "$work/out"/*.jsonl | summarise | tee "$work/summary2.txt"

if cmp -s "$work/summary1.txt" "$work/summary2.txt"; then
  echo "== both pipelines agree =="
else
  echo "== the two pipelines disagree ==" >&2
  exit 1
fi
