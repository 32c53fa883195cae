// Builds every bundle of the project. Each entry is built only when its source exists, so the
// CLI, the extension, the browser extension and the test bundles can grow independently.
//
// The CLI bundle has no externals at all: if anything under src/engine or src/cli imported
// 'vscode', esbuild could not resolve it and the build would fail. That is the wall between the
// pure engine and the editor, enforced by the build rather than by review.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

// world-countries ships 1.4 MB of JSON; the engine reads only names, codes and demonyms.
// This plugin replaces the package with those fields, so the bundles stay small.
const compactCountries = {
  name: 'compact-countries',
  setup(build) {
    build.onResolve({ filter: /^world-countries$/ }, () => ({ path: 'world-countries', namespace: 'compact-countries' }));
    build.onLoad({ filter: /.*/, namespace: 'compact-countries' }, () => {
      const all = require('world-countries');
      const slim = all.map((c) => ({
        name: { common: c.name.common, official: c.name.official },
        cca2: c.cca2,
        cca3: c.cca3,
        altSpellings: c.altSpellings,
        demonyms: c.demonyms && c.demonyms.eng ? { eng: c.demonyms.eng } : undefined,
        capital: c.capital,
        // Which record a shared name or nationality word means ("French": France, not the French
        // Southern and Antarctic Lands): see buildCountryTables in src/engine/kbIndex.ts.
        unMember: c.unMember,
        independent: c.independent,
        area: c.area,
      }));
      return { contents: `module.exports = ${JSON.stringify(slim)};`, loader: 'js' };
    });
  },
};

// The knowledge bases are compiled into look-up tables by src/engine/data/compiled.ts when it is
// loaded. This plugin runs that module here, once per build, and bundles its result as a JSON
// string instead: V8 parses JSON much faster than code, the records and the world-countries data
// stay out of the bundles, and a fresh process does not index thousands of spellings at start-up.
let compiledKb;
function compileKb() {
  compiledKb ??= (async () => {
    const result = await esbuild.build({
      entryPoints: ['src/engine/data/compiled.ts'], bundle: true, write: false, metafile: true,
      platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning', plugins: [compactCountries],
    });
    const mod = { exports: {} };
    new Function('module', 'exports', 'require', result.outputFiles[0].text)(mod, mod.exports, require);
    const value = mod.exports.COMPILED;
    const json = JSON.stringify(value);
    // Anything JSON cannot carry (undefined fields, Maps, functions) would change the engine.
    assert.deepStrictEqual(JSON.parse(json), value, 'src/engine/data/compiled.ts must export plain JSON data');
    const watchFiles = Object.keys(result.metafile.inputs).filter((f) => !f.includes(':')).map((f) => resolve(f));
    return { json, watchFiles };
  })();
  return compiledKb;
}

// In dist/cli.js the JSON is not a string literal but a comment inside a function declaration
// the build appends to the file; the module reads it back with Function.prototype.toString. A
// fresh process spends most of its time compiling the bundle, and V8 scans a 200 KB string
// literal far more slowly than it skips a comment (a file holding only the literal: 10 ms to
// compile; the same bytes as a comment: 0.7 ms). toString and slice return views of the script
// source that V8 keeps anyway, so the JSON is neither read from disk again nor copied.
// The declaration is hoisted, so module code above it can read it; the file stays self-contained.
const KB_FUNCTION = '__analystLensKnowledgeBase';
/** The command line's bundle; dist/cli.js (src/cli/launcher.ts) loads it. */
const CLI_CORE = 'cli-core.js';
/** The extension's bundle; dist/extension.js (src/extension/launcher.ts) loads it. */
const EXTENSION_CORE = 'extension-core.js';
/** Bundles a launcher compiles with a code cache: wrapped and ended with a build token (below). */
const CORES = [CLI_CORE, EXTENSION_CORE];
/** The engine built as the extension core builds it, for a test that compares it with dist/engine.js. */
const PACKED_ENGINE = 'engine-packed.js';
/** Bundles whose knowledge base is stored deflated (see kbFromPackedComment), with the code's word lists in it. */
const PACKED_CORES = [EXTENSION_CORE, PACKED_ENGINE];
// The wrapper around dist/cli-core.js: Node's CommonJS module wrapper, as src/cli/launcher.ts expects it.
const CORE_WRAPPER_OPEN = '(function (exports, require, module, __filename, __dirname) {';
const CORE_WRAPPER_CLOSE = '})';
const kbFromComment = `const source = ${KB_FUNCTION}.toString();
export const COMPILED = JSON.parse(source.slice(source.indexOf('/*') + 2, source.lastIndexOf('*/')));
`;
// In dist/extension-core.js the comment holds the JSON compressed with Brotli and in base 85
// (PACKED_CORES; src/engine/data/packing.ts), which keeps dist/extension.js under its 500 KB budget
// (issue 5) with room for the knowledge base to grow: 99 KB in base64 against 119 KB deflated and
// 272 KB plain (1 Dec); base 85 takes a sixth less than base64 (2 Dec). Decompressing it costs
// about 1.5 ms at the first analysis, as inflating did (the bundle parses nothing until then); the
// CLI, whose size has no budget, keeps the plain JSON, the fastest to start.
const KB_READER = '$KB$';
const WORD_READER = '$W$';
const kbFromPackedComment = `export const COMPILED = ${KB_READER}();
`;

// The extension core also moves its code's word lists into a compressed comment of their own
// (moveWordLists): an array of five or more string literals ("new Set(['mr', 'mrs', ...])") or a
// long template literal passed to a function (lexicon.ts's word lists) becomes a call of
// WORD_READER with the list's number, which returns the value from the decompressed comment (a
// fresh copy of an array, as the literal made one at each evaluation). As code the lists were 35 KB
// of the core; compressed, 14 KB (1 Dec, fourteenth session). The readers are written here, after
// bundling, as functions of the core's module wrapper, so that any module may call them before or
// after the knowledge base's own module runs; they decode with src/engine/data/packing.ts's unpack,
// whose source is written in with them. Function declarations only: the module code above them
// calls them before the end of the file runs.
const WORDS_FUNCTION = '__analystLensWords';
const packedReaders = ({ unpack, PACK_ALPHABET }) => `function $UNP$(t,a){return(${unpack.toString()})(t,a)}function $PK$(f){const s=f.toString();return JSON.parse(require("node:zlib").brotliDecompressSync($UNP$(s.slice(s.indexOf("/*")+2,s.lastIndexOf("*/")),${JSON.stringify(PACK_ALPHABET)})).toString("utf8"))}var $KBV$,$WV$;function ${KB_READER}(){return $KBV$??=$PK$(${KB_FUNCTION})}function ${WORD_READER}(k){const v=($WV$??=$PK$(${WORDS_FUNCTION}))[k];return typeof v==="string"?v:v.slice()}`;

const STRING_LITERAL = `"(?:[^"\\\\\\n]|\\\\.)*"|'(?:[^'\\\\\\n]|\\\\.)*'`;
/** Five or more string literals in brackets, not after a name or a closing bracket (an index). */
const WORD_ARRAY = new RegExp(`(?<![\\w$\\])])\\[(?:${STRING_LITERAL})(?:,(?:${STRING_LITERAL})){4,}\\]`, 'g');
/** A template literal of 60 characters or more without substitutions or escapes, passed to a function. */
const WORD_TEMPLATE = /(?<=\()`[^`$\\]{60,}`/g;

/**
 * Replaces the word lists of a core's first `count` lines (its code) with WORD_READER calls (see
 * packedReaders) and returns the lists' values in their numbers' order; `editsOf(n)` gets a batch
 * of line n's edits, the columns and length changes the source map must follow (see shiftMap).
 */
function moveWordLists(lines, count, editsOf) {
  const words = [];
  const code = lines.slice(0, count).join('\n');
  // The readers' names must be free in the code; KB_READER appears once, in the knowledge base's
  // module (kbFromPackedComment).
  for (const name of [KB_READER, WORD_READER, '$KBV$', '$WV$', '$PK$', '$UNP$']) {
    const uses = code.match(new RegExp(`(?<![\\w$])${name.replaceAll('$', '\\$')}(?![\\w$])`, 'g'))?.length ?? 0;
    if (uses > (name === KB_READER ? 1 : 0)) throw new Error(`build: the core's code already uses the name ${name}`);
  }
  // Arrays are matched line by line; a template literal may span lines (lexicon.ts writes its lists
  // over many), and its call is followed by as many line breaks, so that every other line keeps
  // its number and the source map its lines.
  for (let n = 0; n < count; n++) {
    const batch = [];
    lines[n] = lines[n].replace(WORD_ARRAY, (literal, col) => {
      words.push(new Function(`return ${literal}`)());
      const call = `${WORD_READER}(${words.length - 1})`;
      batch.push({ at: col, length: literal.length, delta: call.length - literal.length });
      return call;
    });
    if (batch.length > 0) editsOf(n).push(batch);
  }
  const starts = [];
  let text = '';
  for (let n = 0; n < count; n++) { starts.push(text.length); text += `${lines[n]}\n`; }
  const lineOf = (offset) => { let n = 0; while (n + 1 < starts.length && starts[n + 1] <= offset) n++; return n; };
  const edits = new Map();
  const edit = (n, e) => { if (!edits.has(n)) edits.set(n, []); edits.get(n).push(e); };
  text = text.replace(WORD_TEMPLATE, (literal, offset) => {
    words.push(new Function(`return ${literal}`)());
    const call = `${WORD_READER}(${words.length - 1})`;
    const first = lineOf(offset);
    const last = lineOf(offset + literal.length - 1);
    const col = offset - starts[first];
    if (first === last) { edit(first, { at: col, length: literal.length, delta: call.length - literal.length }); return call; }
    edit(first, { at: col, length: lines[first].length - col, delta: call.length - (lines[first].length - col) });
    for (let n = first + 1; n < last; n++) edit(n, { at: 0, length: lines[n].length, delta: -lines[n].length });
    const tail = offset + literal.length - starts[last];
    edit(last, { at: 0, length: tail, delta: -tail });
    return call + '\n'.repeat(last - first);
  });
  const changed = text.split('\n');
  for (let n = 0; n < count; n++) lines[n] = changed[n];
  for (const [n, batch] of edits) editsOf(n).push(batch);
  return words;
}

/** src/engine/data/packing.ts, built and loaded once per build (the bundle reads with packedReaders). */
let packer;
function packing() {
  packer ??= (async () => {
    // Minified: unpack's source is written into the extension core (see packedReaders).
    const result = await esbuild.build({ entryPoints: ['src/engine/data/packing.ts'], bundle: true, write: false, platform: 'node', format: 'cjs', target: 'es2022', minify: true, logLevel: 'warning' });
    const mod = { exports: {} };
    new Function('module', 'exports', 'require', result.outputFiles[0].text)(mod, mod.exports, require);
    return mod.exports;
  })();
  return packer;
}

/** Bundles data/compiled.ts as JSON.parse of a string, or (inComment) as a reader above (packed: the compressed one). */
function kbCompiled({ inComment = false, packed = false } = {}) {
  return {
    name: 'kb-compiled',
    setup(build) {
      if (watch) build.onStart(() => { compiledKb = undefined; });
      build.onLoad({ filter: /[\\/]src[\\/]engine[\\/]data[\\/]compiled\.ts$/ }, async () => {
        const { json, watchFiles } = await compileKb();
        const contents = inComment ? (packed ? kbFromPackedComment : kbFromComment) : `export const COMPILED = JSON.parse(${JSON.stringify(json)});\n`;
        return { contents, loader: 'js', watchFiles };
      });
    },
  };
}

// Finishes a Node bundle built with write: false (dist/cli.js, dist/engine.js): appends the
// knowledge-base function read by kbFromComment, and makes the file pure ASCII. esbuild's ASCII-only output escapes strings but
// leaves regular-expression literals as written ('’' in /['’]s$/), and one non-ASCII character
// makes Node read the whole bundle as a two-byte string: twice the memory in the young
// generation at start-up, and UTF-8 decoding of every byte. What is left is escaped as \uXXXX
// (the same character inside a regular expression; nothing in src reads a pattern's .source),
// and the source map's generated columns move by the characters inserted, so it stays exact.
const nodeBundleOutput = {
  name: 'node-bundle-output',
  setup(build) {
    build.onEnd(async (result) => {
      if (!result.outputFiles) return;
      const { mkdir, rename, writeFile } = await import('node:fs/promises');
      const { dirname } = await import('node:path');
      const { json } = await compileKb();
      const shifts = new Map();
      const files = result.outputFiles.map((f) => ({ path: f.path, text: f.text }));
      for (const f of files) {
        if (!f.path.endsWith('.js')) continue;
        const lines = f.text.split('\n');
        // Before the source-map comment, which stays last. '*\/' is JSON for '*/' (only possible in strings).
        let at = lines.findLastIndex((l) => l.startsWith('//# sourceMappingURL='));
        if (at < 0) at = lines.length;
        const packed = PACKED_CORES.some((core) => f.path.endsWith(`/${core}`) || f.path.endsWith(`\\${core}`));
        // Edits of each generated line, in order, for the source map (see shiftMap).
        const editsOf = (n) => {
          const key = `${f.path}.map:${n}`;
          if (!shifts.has(key)) shifts.set(key, []);
          return shifts.get(key);
        };
        const { brotliCompressSync, constants } = await import('node:zlib');
        const packJson = async (text) => (await packing()).pack(brotliCompressSync(Buffer.from(text, 'utf8'), {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: text.length },
        }));
        const kbText = packed ? await packJson(json) : json.replaceAll('*/', '*\\/');
        // The word lists have a comment of their own: modules that the core runs as it loads hold
        // some, and the knowledge base proper is decompressed and parsed at the first analysis.
        const wordsText = packed ? await packJson(JSON.stringify(moveWordLists(lines, at, editsOf))) : undefined;
        lines.splice(at, 0, `function ${KB_FUNCTION}(){/*${kbText}*/}`,
          ...(packed ? [`function ${WORDS_FUNCTION}(){/*${wordsText}*/}`, packedReaders(await packing())] : []));
        lines.forEach((line, n) => {
          if (!/[^\x00-\x7f]/.test(line)) return;
          const batch = [];
          lines[n] = line.replace(/[^\x00-\x7f]/g, (c, col) => {
            batch.push({ at: col, length: 1, delta: 5 });
            return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
          });
          editsOf(n).push(batch);
        });
        // A core (dist/cli-core.js, dist/extension-core.js) is stored inside the function wrapper its
        // launcher compiles (CORE_WRAPPER_OPEN ... CORE_WRAPPER_CLOSE), so the launcher hands the
        // file to V8 as it was read instead of building a second 330 KB string around it; the
        // wrapper opens on a line of its own (the source map moves down one line). The file ends
        // with a build token, the SHA-1 of the rest of it; its code cache starts with the same
        // token (see src/cli/launcher.ts).
        if (CORES.some((core) => f.path.endsWith(`/${core}`) || f.path.endsWith(`\\${core}`))) {
          const { createHash } = await import('node:crypto');
          const mapAt = lines.findLastIndex((l) => l.startsWith('//# sourceMappingURL='));
          lines.splice(mapAt, 0, CORE_WRAPPER_CLOSE);
          lines.unshift(CORE_WRAPPER_OPEN);
          shifts.set(`${f.path}.map:wrapped`, []);
          const token = createHash('sha1').update(lines.join('\n')).digest('hex');
          lines.splice(lines.findLastIndex((l) => l.startsWith('//# sourceMappingURL=')), 0, `//# build ${token}`);
        }
        f.text = lines.join('\n');
      }
      for (const f of files) {
        if (f.path.endsWith('.map')) {
          f.text = shiftMap(f.text, (n) => shifts.get(`${f.path}:${n}`));
          // One empty generated line first: the wrapper's (shifts are keyed by the lines before it).
          if (shifts.has(`${f.path}:wrapped`)) f.text = f.text.replace('"mappings":"', '"mappings":";');
        }
        await mkdir(dirname(f.path), { recursive: true });
        await writeFile(`${f.path}.tmp`, f.text);
        await rename(`${f.path}.tmp`, f.path);
      }
    });
  },
};

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Reads one base64 VLQ number of a source map at s[i]; returns [value, next index]. */
function readVlq(s, i) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const digit = B64.indexOf(s[i++]);
    value += (digit & 31) << shift;
    shift += 5;
    if (!(digit & 32)) break;
  }
  return [value & 1 ? -(value >>> 1) : value >>> 1, i];
}
function writeVlq(v) {
  let x = v < 0 ? (-v << 1) | 1 : v << 1;
  let out = '';
  do {
    let digit = x & 31;
    x >>>= 5;
    if (x) digit |= 32;
    out += B64[digit];
  } while (x);
  return out;
}
/**
 * Moves generated columns on the lines the build changed: `editsOf(n)` lists line n's batches of
 * edits in the order they were made, each edit a column of the text before its batch, the length
 * it replaced and the change in length (an escaped character: 1 and +5; a word list: its length
 * and the call's length minus it). A column inside a replaced text moves to the replacement's start.
 */
function shiftMap(json, editsOf) {
  const map = JSON.parse(json);
  map.mappings = map.mappings.split(';').map((line, n) => {
    const batches = editsOf(n);
    if (!batches || batches.length === 0 || !line) return line;
    let col = 0;
    let prevNew = 0;
    return line.split(',').map((seg) => {
      const [delta, rest] = readVlq(seg, 0);
      col += delta;
      let moved = col;
      for (const batch of batches) {
        let to = moved;
        for (const e of batch) {
          if (moved >= e.at + e.length) to += e.delta;
          else if (moved > e.at) to -= moved - e.at;
        }
        moved = to;
      }
      const out = writeVlq(moved - prevNew) + seg.slice(rest);
      prevNew = moved;
      return out;
    }).join(',');
  }).join(';');
  return JSON.stringify(map);
}

/** Lists *.ts files below a folder (recursively) that match a suffix. */
function listTs(dir, suffix) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTs(p, suffix));
    else if (p.endsWith(suffix)) out.push(p);
  }
  return out;
}

/**
 * The names of the extension's private class members (TypeScript's `private`), as a pattern for
 * esbuild's mangleProps: minifyIdentifiers shortens local names but never a property's, and the
 * recognisers' hundreds of private methods and fields ("findLeadingDealSubject", "scanLead") were
 * about 25 KB of dist/extension-core.js (2 Dec, sixteenth session). A name is left alone if it
 * could be read from outside the class's own code: declared anywhere without `private` (an
 * interface's field, a public member, an object literal's key), written inside quotes in the
 * source (a computed access), a word of the VS Code, Node or JavaScript library declarations, or a
 * key of the compiled knowledge base. esbuild renames every access of a listed name in the bundle
 * alike, so what is left is consistent; test/unit/packed-engine.test.ts holds the engine built
 * this way to dist/engine.js's results.
 */
function privateMemberPattern(kbJson) {
  const ts = require('typescript');
  const sources = ['src/engine', 'src/extension', 'src/cli'].flatMap((d) => listTs(d, '.ts'));
  const isPrivate = new Set();
  const exposed = new Set();
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/['"`]([A-Za-z_$][\w$]*)['"`]/g)) exposed.add(m[1]);
    const visit = (node) => {
      const name = node.name !== undefined && ts.isIdentifier(node.name) ? node.name.text : undefined;
      if (name !== undefined) {
        if (ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node) || ts.isParameter(node)) {
          const priv = (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword);
          if (priv) isPrivate.add(name);
          else if (!ts.isParameter(node)) exposed.add(name);
        } else if (ts.isPropertySignature(node) || ts.isMethodSignature(node) || ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node) || ts.isEnumMember(node)) {
          exposed.add(name);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  }
  const libDir = join(require.resolve('typescript'), '..');
  const declarations = [
    require.resolve('@types/vscode/index.d.ts'),
    ...listTs(join(require.resolve('@types/node/package.json'), '..'), '.d.ts'),
    ...readdirSync(libDir).filter((f) => /^lib\..*\.d\.ts$/.test(f)).map((f) => join(libDir, f)),
  ];
  for (const file of declarations) for (const m of readFileSync(file, 'utf8').matchAll(/[A-Za-z_$][\w$]*/g)) exposed.add(m[0]);
  for (const m of kbJson.matchAll(/"([A-Za-z_$][\w$]*)":/g)) exposed.add(m[1]);
  const names = [...isPrivate].filter((n) => !exposed.has(n)).sort();
  return names.length ? new RegExp(`^(?:${names.map((n) => n.replace(/\$/g, '\\$')).join('|')})$`) : undefined;
}

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  target: 'es2022',
  logLevel: 'warning',
  plugins: [compactCountries, kbCompiled()],
  legalComments: 'none',
};

const builds = [];
// Private members' names shortened in the extension's core and its packed twin (see privateMemberPattern).
const mangleProps = privateMemberPattern((await compileKb()).json);
if (existsSync('src/cli/main.ts')) {
  // The command line starts a fresh process per run, and V8 parses the whole bundle first
  // (profile: wrapSafe was the largest single cost of one run), so it is shipped without
  // whitespace and comments. Names are kept, for stack traces and CPU profiles that read
  // without the source map (dist/cli-core.js.map, which maps back to the TypeScript).
  // dist/cli.js is the small launcher that loads it with the build's code cache.
  builds.push({
    ...common, entryPoints: ['src/cli/main.ts'], outfile: `dist/${CLI_CORE}`,
    platform: 'node', format: 'cjs',
    minifyWhitespace: true, minifySyntax: true, write: false, plugins: [compactCountries, kbCompiled({ inComment: true }), nodeBundleOutput],
  });
  builds.push({
    ...common, entryPoints: ['src/cli/launcher.ts'], outfile: 'dist/cli.js', sourcemap: false,
    platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' },
  });
}
if (existsSync('src/engine/index.ts')) {
  // The engine alone, for benchmarks and for running the unit tests against the built bundle.
  // Its knowledge base is stored as in the CLI (bench/run.mjs times loading it in a fresh process).
  builds.push({
    ...common, entryPoints: ['src/engine/index.ts'], outfile: 'dist/engine.js', platform: 'neutral', format: 'cjs', mainFields: ['main', 'module'],
    write: false, plugins: [compactCountries, kbCompiled({ inComment: true }), nodeBundleOutput],
  });
}
if (existsSync('src/extension/extension.ts')) {
  // The extension itself: engine, knowledge base (compressed: see kbFromPackedComment) and editor
  // features. Like the CLI's core, it is written without whitespace, inside Node's module wrapper
  // and ended with a build token, and the launcher below compiles it with a code cache
  // (src/cli/codeCache.ts). Names are shortened too, functions' and classes' included (the source
  // map, dist/extension-core.js.map, maps a stack trace back): the bundle is held under 500 KB with
  // the knowledge base inside (issue 5). On 30 Nov it had reached 502 KB with the knowledge base as
  // plain JSON; deflated, 394 KB. Functions and classes kept their names until 1 Dec (thirteenth
  // session), when the session's rules and knowledge took it to 512,402 bytes: esbuild's keepNames
  // cost 9 KB, and nothing in the extension reads a function's name (the engine ran no faster or
  // slower with it, measured alternating in one process).
  builds.push({
    ...common, entryPoints: ['src/extension/extension.ts'], outfile: `dist/${EXTENSION_CORE}`,
    platform: 'node', format: 'cjs', external: ['vscode'], minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: true, mangleProps,
    write: false, plugins: [compactCountries, kbCompiled({ inComment: true, packed: true }), nodeBundleOutput],
  });
  // The engine alone, built as the core above (names shortened, knowledge base compressed, word lists
  // moved into it: see moveWordLists), which test/unit/packed-engine.test.ts holds to dist/engine.js's
  // results, so that what the build does to the core's code is checked on the engine's own outputs.
  builds.push({
    ...common, entryPoints: ['src/engine/index.ts'], outfile: `dist/test/${PACKED_ENGINE}`,
    platform: 'node', format: 'cjs', minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: true, mangleProps,
    write: false, plugins: [compactCountries, kbCompiled({ inComment: true, packed: true }), nodeBundleOutput],
  });
  // dist/extension.js, what VS Code loads: a launcher of a few kilobytes that loads the core in the
  // task after activate() (src/extension/launcher.ts). VS Code's "Activation" is the require of
  // this file plus activate()'s synchronous part (bench/results/editor.md).
  builds.push({
    ...common, entryPoints: ['src/extension/launcher.ts'], outfile: 'dist/extension.js',
    platform: 'node', format: 'cjs', external: ['vscode'],
  });
  // The same extension for the web worker host (vscode.dev): the engine is pure, so only the
  // platform changes. Anything Node-only in src/extension fails this build.
  builds.push({
    ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js',
    platform: 'browser', format: 'cjs', external: ['vscode'], minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: true, keepNames: true,
    write: false, plugins: [compactCountries, kbCompiled({ inComment: true }), nodeBundleOutput],
  });
}
const unitTests = listTs('test/unit', '.test.ts');
if (unitTests.length) {
  builds.push({
    ...common, entryPoints: unitTests, outdir: 'dist/test/unit', outbase: 'test/unit',
    platform: 'node', format: 'cjs', packages: 'external',
  });
}
const suite = listTs('test/suite', '.ts');
if (suite.length) {
  builds.push({
    ...common, entryPoints: suite, outdir: 'dist/test/suite', outbase: 'test/suite',
    platform: 'node', format: 'cjs', external: ['vscode', 'mocha'],
    bundle: true,
  });
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log(`watching ${builds.length} bundles`);
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  if (existsSync('dist/cli.js')) writeCliCodeCache();
}

/**
 * Runs the command line once on the sample articles with ANALYST_LENS_CODE_CACHE=write, which
 * leaves dist/cli-core.js.cache: the bytecode of every function that run used (src/cli/launcher.ts).
 * A failure here is reported, never fatal: without the cache the command line only starts slower.
 */
function writeCliCodeCache() {
  const seeds = existsSync('seeds') ? readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => join('seeds', f)) : [];
  // One run per output format, each adding to the cache the one before wrote (a function the
  // cache lacks is parsed and compiled on first call: the text format, the default, compiled 20
  // functions of its own in a fresh process while the cache held the JSON run's only).
  for (const format of ['json', 'text', 'jsonl', 'csv']) {
    const run = spawnSync(process.execPath, ['dist/cli.js', '--format', format, ...seeds], {
      env: { ...process.env, ANALYST_LENS_CODE_CACHE: 'write' }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8',
    });
    if (run.status !== 0 || !existsSync(`dist/${CLI_CORE}.cache`)) {
      console.error(`build: the command line's code cache was not written (${format}, status ${run.status}): ${(run.stderr || '').trim().slice(0, 300)}`);
      return;
    }
  }
}
