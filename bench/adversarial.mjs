// `npm run bench:adversarial`: times the engine on 1 MB inputs built to hurt pattern matching
// (catastrophic backtracking, quadratic scans, runaway candidate lists) next to a normal 1 MB
// article corpus, and writes the table to bench/results/adversarial.md.
//
// Each input runs in a process of its own (bench/worker.mjs) with a hard timeout, so one input
// that hangs is reported as such instead of stopping the whole table. The test suite
// (test/unit/adversarial.test.ts) builds the same shapes and only bounds them loosely; the real
// figures are here. Like bench/run.mjs this never fails: it reports.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync, mkdtempSync, rmSync, existsSync, statSync, copyFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { ROOT, assembleCorpus, rng } from './corpus.mjs';

const SIZE = 1_000_000;
const TIMEOUT_S = Number(process.env.ADVERSARIAL_TIMEOUT_S || 60);

/** Repeats `unit` until the text is exactly SIZE characters long. */
const fill = (unit) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** Capitalised words with no punctuation: every word could start a name or a title. */
function capitalisedRun() {
  const words = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett',
    'Kilo', 'Lima', 'Mike', 'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango', 'Uniform',
    'Victor', 'Whiskey', 'Xray', 'Yankee', 'Zulu', 'Minister', 'Defense', 'Secretary', 'General', 'Russian'];
  const r = rng(7);
  const out = [];
  let n = 0;
  while (n < SIZE) {
    const w = words[Math.floor(r() * words.length)];
    out.push(w);
    n += w.length + 1;
  }
  return out.join(' ').slice(0, SIZE);
}

/** 100,000 unbalanced quotation marks of four kinds, each opening a capitalised word. */
function quotes() {
  const marks = ['"', '\u201c', '\u201d', "'"];
  const words = ['Minister', 'Shoigu', 'Treaty', 'Alpha', 'S-300', 'The'];
  const parts = [];
  for (let i = 0; i < 100_000; i++) parts.push(`${marks[i % 4]}${words[i % words.length]} `);
  return parts.join('').padEnd(SIZE, ' ').slice(0, SIZE);
}

function shapes(normal) {
  return [
    ['"A " repeated', fill('A ')],
    ['"S-" repeated', fill('S-')],
    ['capitalised words, no punctuation', capitalisedRun()],
    ['"of the " repeated', fill('of the ')],
    ['one 1 MB line (real text, newlines → spaces)', normal.replace(/\r?\n/g, ' ').slice(0, SIZE)],
    ['100,000 quotation marks (unbalanced)', quotes()],
    ['"Minister " repeated', fill('Minister ')],
    ['"Treaty " repeated', fill('Treaty ')],
    ['"The " repeated', fill('The ')],
    ['deep parentheses "((((…x…))))"', `${'('.repeat(SIZE / 2 - 1)}x${')'.repeat(SIZE / 2)}`],
    ['digits-hyphen soup "1-2-3-"', fill('1-2-3-4-5-6-7-8-9-0-')],
    ['"-" × 1 MB', fill('-')],
    ['"." × 1 MB', fill('.')],
    ['"S-300 " repeated (a known system everywhere)', fill('S-300 ')],
    ['"Defense Minister Sergey Shoigu " repeated', fill('Defense Minister Sergey Shoigu ')],
    ['"Mr. " repeated', fill('Mr. ')],
    // One person titled and then named alone on every line: stage 2's mentions land before every
    // later titled one (they had been inserted one by one, shifting all later mentions).
    ['"Deputy Secretary Kathleen Hicks spoke. Hicks said so." lines', fill('Deputy Secretary Kathleen Hicks spoke. Hicks said so.\n')],
    // Nationality runs the title pre-walk passes to a head the full walk never reaches (quadratic
    // before: 1.8 s for 50 KB of "Russian and ", 200 ms for 50 KB of "Russian. ").
    ['"Russian and " repeated, then "minister"', `${fill('Russian and ').slice(0, SIZE - 20)} minister said.`],
    ['"Russian. " repeated, then "minister"', `${fill('Russian. ').slice(0, SIZE - 20)} minister said.`],
    ['"(INF) " repeated', fill('(INF) ')],
    // A group reference after two named ministers, thousands of times: each one asked once
    // whether a multilateral body's members were meant (a walk back over the text per reference
    // had doubled the time).
    ['two ministers named, then "The ministers agreed." repeated', `Hungarian Foreign Minister Peter Szijjarto met Ukrainian Foreign Minister Dmytro Kuleba. ${fill('The ministers agreed. ')}`.slice(0, SIZE)],
    ['"The Crown Prince and Secretary Austin met." repeated', `Secretary of Defense Lloyd Austin met Crown Prince and Prime Minister Mohammed bin Salman. ${fill('The Crown Prince and Secretary Austin met. ')}`.slice(0, SIZE)],
    // Thousands of people, each with a counterpart of a nationality nobody has: the people of no
    // stated country are listed once per text, not scanned per reference (quadratic before).
    ['thousands of ministers, each with "his Australian counterpart"', Array.from({ length: 12000 }, (_, i) => { const a = `${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}ala${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 26) % 26]}ri${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 676) % 26]}on`; return `Japanese Defense Minister Taro ${a}. ${a} thanked his Australian counterpart. `; }).join('').slice(0, SIZE)],
    ['thousands of treaties, each then "the <year> nuclear deal"', Array.from({ length: 14000 }, (_, i) => `They signed the Treaty of ${`${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}ala${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 26) % 26]}ri${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 676) % 26]}on`}. The ${1950 + (i % 70)} nuclear deal was praised. `).join('').slice(0, SIZE)],
    // Thousands of treaties, each then "the Treaty": the search for the text's main treaty (the one
    // named most) had read every agreement named before each reference (quadratic; 1 Dec).
    ['thousands of treaties, each then "the Treaty"', Array.from({ length: 16000 }, (_, i) => `They signed the Treaty of ${`${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}ala${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 26) % 26]}ri${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 676) % 26]}on`}. The Treaty was praised. `).join('').slice(0, SIZE)],
    // Thousands of "Name-class" ships and unknown designations with another in parentheses (see
    // fileClassName and joinParenthesisedDesignations).
    ['thousands of "<Name>-class frigates" and "R-<n> (SS-<n> <Name>) missiles"', Array.from({ length: 12000 }, (_, i) => { const a = `${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}ala${'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 26) % 26]}ri${'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 676) % 26]}on`; return `The ${a}-class frigates sailed. The ${a} fired R-${i % 900 + 10} (SS-${i % 900 + 10} ${a}) missiles. `; }).join('').slice(0, SIZE)],
    ['thousands of ministers, each "who succeeded" another', Array.from({ length: 20000 }, (_, i) => `Minister Taro ${`${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}ala${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 26) % 26]}ri${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 676) % 26]}on`}, who succeeded Jiro Ka${`${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}ala${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 26) % 26]}ri${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 676) % 26]}on`.toLowerCase()}, spoke. `).join('').slice(0, SIZE)],
    ['thousands of generals, each then "His German counterpart" of a defence minister', Array.from({ length: 9000 }, (_, i) => `German Inspector General Karl ${`${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}ala${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 26) % 26]}ri${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 676) % 26]}on`} attended. Defence Minister Jean Ka${`${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}ala${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 26) % 26]}ri${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 676) % 26]}on`.toLowerCase()} said so. His German counterpart agreed. `).join('').slice(0, SIZE)],
    ['thousands of princes "<name> bin Salman", each then "King Salman" and "Salman"', Array.from({ length: 30000 }, (_, i) => `Prince ${`${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}ala${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 26) % 26]}ri${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 676) % 26]}on`} bin Salman spoke. King Salman agreed. Salman said. `).join('').slice(0, SIZE)],
    // Thousands of presidents named in full, then each by the given name alone in one clause with
    // no sentence end (the look for a sentence end between them went back to the clause's start).
    ['thousands of "President <Given> <Family>", then each "President <Given>" without periods', (() => {
      const name = (i) => `${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}ala${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 26) % 26]}ri${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 676) % 26]}on`;
      const filler = ' and the talks went on and on, with more talks on the agenda and other talks too'.repeat(2);
      const full = Array.from({ length: 5000 }, (_, i) => `President ${name(i)} Tovar spoke. `).join('');
      const alone = Array.from({ length: 5000 }, (_, i) => `President ${name(i)},${filler}, `).join('');
      return (full + alone).slice(0, SIZE);
    })()],
    // A dateline's country, and thousands of its nationality's references before anyone of it is
    // named: the dateline's own office holders are listed once per reference signature, not
    // scanned per reference (see homeHolderBefore).
    ['a Jakarta dateline, thousands of ministers, each "his Indonesian counterpart"', ('JAKARTA -- ' + Array.from({ length: 12000 }, (_, i) => { const a = `${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}ala${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 26) % 26]}ri${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(i / 676) % 26]}on`; return `Defence Minister Budi ${a} met Turkish Defence Minister Ali ${a}. He thanked his Indonesian counterpart. `; }).join('')).slice(0, SIZE - 50) + ' Indonesian Navy Chief Admiral Eko Putra attended.'],
    // Thousands of people of one surname, and a given name with a short form ("Michael"/"Mike") at
    // each: the people of the other form are read from the first-name index, not the whole surname.
    // Thousands of descriptions of one agreement and its name only at the end: each description
    // looked for the next name and its agreement's other spans by a scan (5.2 s in its first version).
    ['"a mutual defence agreement" repeated, then its name once', ('They signed a mutual defence agreement. '.repeat(Math.ceil(SIZE / 40)).slice(0, SIZE - 60) + ' The Strategic Mutual Defence Agreement was signed there.').padEnd(SIZE, ' ')],
    // The public figures pass tries a name at every capitalised word that opens one of the knowledge
    // base's full names ("John", "Mark") or is a form known alone ("Putin"): thousands of different
    // people with those given names, and the figures named with no title between them.
    ['thousands of "John <Name>" and "Mark <Name>", with "Vladimir Putin met Kim Jong Un. Putin said so."', Array.from({ length: 14000 }, (_, i) => `John ${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}ar${'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 26) % 26]}${'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 676) % 26]}son met Mark Vel${'abcdefghijklmnopqrstuvwxyz'[i % 26]}. Vladimir Putin met Kim Jong Un. Putin said so. `).join('').slice(0, SIZE)],
    // "the deal" after a named partnership looks back for a sale or a contract among the last eight.
    ['thousands of contracts, each then "the <Name> Partnership Agreement" and "the deal"', Array.from({ length: 10000 }, (_, i) => `They signed a contract for jets. They also signed the ${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}or${'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 26) % 26]}${'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 676) % 26]} Partnership Agreement. Officials said the deal mattered. `).join('').slice(0, SIZE)],
    ['thousands of "General <Given> Smith", each then "General Michael Smith and General Mike Smith"', Array.from({ length: 14000 }, (_, i) => `General ${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}ala${'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 26) % 26]}ri${'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 676) % 26]}on Smith spoke. General Michael Smith and General Mike Smith agreed. `).join('').slice(0, SIZE)],
    ['one 1 MB word (letters, no spaces)', fill('abcdefghij')],
    ['whitespace only (spaces, tabs, CRLF)', fill(' \t\r\n')],
  ];
}

function runShape(file) {
  return new Promise((resolve) => {
    const argv = ['--expose-gc', join(ROOT, 'bench', 'worker.mjs'), 'ours', file,
      '--runs', '3', '--warmup', '0', '--min-run-ms', '0', '--seed-warmup-ms', '500', '--budget-ms', String(TIMEOUT_S * 1000)];
    const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_S * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop()));
      } catch {
        resolve({ error: signal === 'SIGKILL' ? `did not finish in ${TIMEOUT_S} s (killed)` : `exit ${code}: ${stderr.slice(-300)}` });
      }
    });
  });
}

const fmt = (x) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : x >= 100 ? Math.round(x).toLocaleString('en-US') : String(Number(x.toPrecision(3))));

const tmp = mkdtempSync(join(tmpdir(), 'analyst-lens-adversarial-'));
const normal = assembleCorpus(SIZE);
const inputs = [['normal 1 MB article corpus (bench/corpus.mjs)', normal], ...shapes(normal)];
const engineFile = join(ROOT, 'dist', 'engine.js');
const engineBuilt = existsSync(engineFile) ? statSync(engineFile).mtime.toISOString() : 'MISSING';
// Every input is measured on a snapshot of the engine taken now, as dist/ may be rebuilt meanwhile.
if (!process.env.ANALYST_LENS_ENGINE && existsSync(engineFile)) {
  const snapshot = join(tmp, 'engine.js');
  copyFileSync(engineFile, snapshot);
  process.env.ANALYST_LENS_ENGINE = snapshot;
}
const loadBefore = loadavg().map((x) => x.toFixed(2)).join(' ');
const rows = [];
for (const [i, [name, text]] of inputs.entries()) {
  const file = join(tmp, `shape-${i}.json`);
  writeFileSync(file, JSON.stringify({ name, docs: [text] }));
  process.stderr.write(`adversarial: ${name} ... `);
  const r = await runShape(file);
  rows.push({ name, chars: text.length, ...r });
  process.stderr.write(r.error ? `${r.error.split('\n')[0]}\n` : `${fmt(r.medianMs)} ms\n`);
}
rmSync(tmp, { recursive: true, force: true });

const base = rows[0].medianMs;
const baseCpu = rows[0].medianCpuMs;
const lines = [];
lines.push(`# Analyst Lens under adversarial input, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
lines.push('');
lines.push(`- Machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${osType()} ${release()}, Node ${process.version}; load average before ${loadBefore}, after ${loadavg().map((x) => x.toFixed(2)).join(' ')}.`);
lines.push(`- Engine: dist/engine.js built ${engineBuilt} (a snapshot taken at the start is what every input runs on).`);
lines.push(`- Method: each input in its own process (bench/worker.mjs, engine warmed on the seed article first), one \`analyze\` call on the whole input per run, median of 3 runs (wall time, and the process's user + system CPU time, steadier on a shared machine); killed after ${TIMEOUT_S} s. Inputs are 1,000,000 UTF-16 code units. Ratio = input's median ÷ the normal corpus's median (1 means "as fast as a normal article"; the aim is "about 1").`);
lines.push('');
lines.push('| Input | Median ms (min–max) | × normal | CPU ms (median) | × normal by CPU | Mentions found | Peak RSS MB |');
lines.push('|---|---|---|---|---|---|---|');
for (const r of rows) {
  if (r.error) {
    lines.push(`| ${r.name} | ${r.error.split('\n')[0]} | | | | | ${r.maxRssMB ? fmt(r.maxRssMB) : ''} |`);
    continue;
  }
  const ratio = base ? r.medianMs / base : null;
  const cpuRatio = baseCpu ? r.medianCpuMs / baseCpu : null;
  lines.push(`| ${r.name} | ${fmt(r.medianMs)} (${fmt(Math.min(...r.msPerPass))}–${fmt(Math.max(...r.msPerPass))}) | ${fmt(ratio)} | ${fmt(r.medianCpuMs)} | ${fmt(cpuRatio)} | ${r.found} | ${fmt(r.maxRssMB)} |`);
}
lines.push('');
lines.push('Reproduce with `npm run build && npm run bench:adversarial`.');
const md = `${lines.join('\n')}\n`;
process.stdout.write(md);
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', 'adversarial.md'), md);
