// Entry point of the editor benchmark suite (bench/editor-bench.mjs). The runner is the one the
// extension-host tests use: bundled here, it loads every *.test.js beside this file, which is only
// editorBench.test.js, so the benchmark never runs with `npm test` and the tests never run here.
export { run } from '../suite/index';
