// Tier 2: what a person sees. Drives the real VS Code workbench (code-server) in headless
// chromium with the project loaded as a development extension, and checks the visible result of
// each feature: coloured decorations, the hover card, the Outline groups and a click in the entity
// tree. Every step saves a screenshot to docs/screenshots/ (the README's pictures); a failing step
// also saves test-results/FAILED-<step>.png. No fixed sleeps: every step waits for its condition.
//
//   node test/ui/ui.test.mjs [--extension DIR] [--workspace DIR] [--screenshots DIR]
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, launchBrowser, startCodeServer, workbenchUrl } from '../editor/code-server.mjs';

const { values: opts } = parseArgs({
  options: {
    extension: { type: 'string', default: ROOT },
    workspace: { type: 'string', default: join(ROOT, 'seeds') },
    screenshots: { type: 'string', default: join(ROOT, 'docs', 'screenshots') },
    article: { type: 'string', default: 'iran-russia-s300.txt' },
  },
});
const extension = resolve(opts.extension);
const shots = resolve(opts.screenshots);
const failShots = join(ROOT, 'test-results');
mkdirSync(shots, { recursive: true });
mkdirSync(failShots, { recursive: true });

const T = Number(process.env.ANALYST_LENS_UI_TIMEOUT || 30_000);   // per-condition budget once the workbench is up
const FIRST_LOAD = 120_000;   // the first workbench load compiles and caches a lot

// The entity view's title comes from the manifest, so renaming it there cannot break the test.
const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
const entityView = Object.values(manifest.contributes?.views ?? {}).flat().find((v) => v.id === 'analystLens.entities');
const entityViewName = entityView?.name ?? 'Analyst Lens';

const results = [];
let page;

/** Runs one named check; a failure is recorded (with a screenshot) and the next step still runs. */
async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name} (${Date.now() - t0} ms)`);
  } catch (err) {
    results.push({ name, ok: false, err });
    console.log(`  ✘ ${name}\n      ${String(err?.message ?? err).split('\n').slice(0, 6).join('\n      ')}`);
    await page?.screenshot({ path: join(failShots, `FAILED-${slug(name)}.png`) }).catch(() => {});
  }
}
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
// Fixed names, so a rerun replaces the README's pictures instead of adding new ones.
async function shot(name) {
  const file = join(shots, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
function assert(cond, msg) { if (!cond) throw new Error(msg); }

/** A view pane of the side bar, by the title VS Code shows (its header's aria-label is "<Title> Section"). */
function pane(title) {
  const header = page.locator(`.pane-header[aria-label^="${title}"]`).first();
  return { header, body: page.locator('.pane', { has: header }).first() };
}
async function expandPane(title) {
  const { header, body } = pane(title);
  await header.waitFor({ state: 'visible', timeout: T });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await page.waitForFunction((h) => h?.getAttribute('aria-expanded') === 'true', await header.elementHandle(), { timeout: T });
  return body;
}
const selectionText = () => page.locator('#status\\.editor\\.selection').first().innerText({ timeout: T });

let server, browser;
const started = Date.now();
try {
  // Wrapped lines keep whole sentences in the screenshots; the checks do not depend on it.
  server = await startCodeServer({ workspace: resolve(opts.workspace), settings: { 'editor.wordWrap': 'on' } });
  browser = await launchBrowser();
  page = browser.context.pages()[0] ?? await browser.context.newPage();
  const hostErrors = [];
  page.on('console', (m) => { if (m.type() === 'error' && /Extension Host|analyst/i.test(m.text())) hostErrors.push(m.text()); });

  await step('workbench opens the seeds folder', async () => {
    await page.goto(workbenchUrl(server, { folder: resolve(opts.workspace), extensionPath: extension }));
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: FIRST_LOAD });
    await shot('01-workbench');
  });

  await step(`Ctrl+P opens ${opts.article}`, async () => {
    // Quick Open needs keyboard focus inside the workbench. The empty editor area is a safe
    // target: a click on an Explorer row would open that file as a preview tab.
    await page.locator('.part.editor').first().click();
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input[type="text"], .quick-input-widget input').first();
    await input.waitFor({ state: 'visible', timeout: T });
    await input.fill(opts.article);
    await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${opts.article}"]`).first().waitFor({ state: 'visible', timeout: T });
    await page.keyboard.press('Enter');
    await page.locator(`.tab.active[aria-label*="${opts.article}"], .tab.active:has-text("${opts.article}")`).first().waitFor({ state: 'visible', timeout: T });
    await page.locator('.monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: T });
    await shot('02-article-open');
  });

  await step('decorations are visible in three distinct colours', async () => {
    // Decorations made with createTextEditorDecorationType render as .cdr divs in the view
    // overlays; the class carries a counter, so match it by substring and tell the entity types
    // apart by computed background colour. When the manifest contributes the per-type theme
    // colours, each type's own colour must be among them (not merely three shades of one type).
    // Per type, the named or the quieter descriptive colour (one screen may hold only one kind).
    const colourIds = new Set((manifest.contributes?.colors ?? []).map((c) => c.id));
    const typeVars = ['official', 'system', 'agreement']
      .map((t) => [`analystLens.${t}Background`, `analystLens.${t}NominalBackground`].filter((id) => colourIds.has(id)))
      .filter((ids) => ids.length)
      .map((ids) => ids.map((id) => `--vscode-${id.replace(/\./g, '-')}`));
    const handle = await page.waitForFunction((vars) => {
      const els = [...document.querySelectorAll('.monaco-editor .view-overlays .cdr[class*="TextEditorDecorationType"]')];
      const colours = new Set();
      for (const el of els) {
        const c = getComputedStyle(el).backgroundColor;
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && c && c !== 'transparent' && !/rgba\(\d+, \d+, \d+, 0\)/.test(c)) colours.add(c);
      }
      // Resolve each theme colour the way the browser does, through a probe element in the editor.
      const host = document.querySelector('.monaco-editor');
      const resolve = (v) => {
        const probe = document.createElement('div');
        probe.style.backgroundColor = `var(${v})`;
        host.appendChild(probe);
        const c = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return c;
      };
      // For each type: the first of its colours (named, then descriptive) that is on screen.
      const expected = vars.map((alternatives) => alternatives.map(resolve).find((c) => colours.has(c)));
      const ok = colours.size >= 3 && expected.every(Boolean) && new Set(expected).size === expected.length;
      return ok ? { count: els.length, colours: [...colours], expected } : false;
    }, typeVars, { timeout: T, polling: 200 });
    const { count, colours, expected } = await handle.jsonValue();
    console.log(`      ${count} decoration boxes, ${colours.length} colours; per type: ${expected.join(' | ') || '(no theme colours in manifest)'}`);
    await shot('03-decorations');
  });

  await step('hovering "Shoigu" shows his card (name and title)', async () => {
    // The rectangle of the word "Shoigu" in the rendered text: the mouse rests on its centre.
    const box = await page.evaluate(() => {
      const root = document.querySelector('.monaco-editor .view-lines');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf('Shoigu');
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i); range.setEnd(n, i + 'Shoigu'.length);
        const r = range.getBoundingClientRect();
        if (r.width > 0) return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      return null;
    });
    assert(box, '"Shoigu" is not on a rendered line of the editor');
    const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content').first();
    // Two small moves: the editor starts its hover timer on mousemove inside the word.
    await page.mouse.move(box.x - 3, box.y);
    await page.mouse.move(box.x, box.y, { steps: 3 });
    await hover.waitFor({ state: 'visible', timeout: T });
    const ok = await page.waitForFunction((el) => /Shoigu/.test(el.innerText) && /Defen[cs]e Minister/i.test(el.innerText),
      await hover.elementHandle(), { timeout: T }).then(() => true, () => false);
    const text = await hover.innerText().catch(() => '(hover gone)');
    assert(ok, `the hover card lacks "Shoigu" or "Defense Minister": ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
    console.log(`      hover: ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
    await shot('04-hover');
    // Leave the hover so it does not cover the panes in the next screenshots.
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
  });

  await step('Outline shows Officials, Systems and Agreements', async () => {
    // The side bar shares its height between panes and lists render only visible rows, so give
    // the Outline room: fold the file list away first.
    const folders = page.locator('.pane', { has: page.locator('.explorer-folders-view') }).locator('.pane-header').first();
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    const body = await expandPane('Outline');
    const names = () => body.evaluate((el) => [...el.querySelectorAll('.monaco-list-row .label-name')].map((e) => e.textContent.trim()));
    const groups = ['Officials', 'Systems', 'Agreements'];
    await page.waitForFunction(([el, gs]) => {
      const ns = [...el.querySelectorAll('.monaco-list-row .label-name')].map((e) => e.textContent.trim());
      return gs.some((g) => ns.includes(g));
    }, [await body.elementHandle(), groups], { timeout: T, polling: 200 });
    await shot('05-outline');
    let shown = await names();
    if (!groups.every((g) => shown.includes(g))) {
      // Entities and mentions push a group below the fold: collapse the tree to its groups.
      await body.hover();
      await body.locator('.pane-header .action-label[aria-label*="Collapse All"], .pane-header .codicon-collapse-all').first().click({ timeout: T });
      await page.waitForFunction(([el, gs]) => {
        const ns = [...el.querySelectorAll('.monaco-list-row .label-name')].map((e) => e.textContent.trim());
        return gs.every((g) => ns.includes(g));
      }, [await body.elementHandle(), groups], { timeout: T, polling: 200 }).catch(() => {});
      shown = await names();
      await shot('05-outline-groups');
    }
    assert(groups.every((g) => shown.includes(g)), `Outline rows are ${JSON.stringify(shown)}`);
  });

  await step(`a click in the "${entityViewName}" tree moves the selection`, async () => {
    // Give the entity tree the room the Outline had, for a readable screenshot.
    const outline = pane('Outline').header;
    if ((await outline.getAttribute('aria-expanded')) === 'true') await outline.click();
    const body = await expandPane(entityViewName);
    const rows = body.locator('.monaco-list-row');
    await rows.first().waitFor({ state: 'visible', timeout: T });
    const before = await selectionText();
    // Open collapsed rows (type group, then entity) until a leaf row is showing; leaves are the
    // mentions, and clicking one must select it in the editor.
    const readRows = () => body.evaluate((el) => [...el.querySelectorAll('.monaco-list-row')].map((r) => ({
      index: r.getAttribute('data-index'), level: Number(r.getAttribute('aria-level') || 1),
      label: r.getAttribute('aria-label') || r.innerText,
      collapsible: !!r.querySelector('.monaco-tl-twistie.collapsible'),
      collapsed: r.getAttribute('aria-expanded') === 'false',
    })));
    let clicked = null;
    for (let round = 0; round < 5 && !clicked; round++) {
      const info = await readRows();
      const leaf = info.find((r) => r.level >= 2 && !r.collapsible);
      if (leaf) {
        await body.locator(`.monaco-list-row[data-index="${leaf.index}"]`).click();
        clicked = leaf;
        break;
      }
      // Prefer the seed article's best-known official, so the screenshot shows a clear example.
      const closed = info.find((r) => r.collapsed && /Shoigu/.test(r.label) && !/;/.test(r.label)) ?? info.find((r) => r.collapsed);
      assert(closed, `no row to expand or click in the tree: ${JSON.stringify(info)}`);
      // The list renders only visible rows, so wait for this row to report itself expanded
      // rather than for the row count to grow.
      const row = body.locator(`.monaco-list-row[data-index="${closed.index}"]`);
      await row.locator('.monaco-tl-twistie').click();
      await page.waitForFunction((el) => el?.getAttribute('aria-expanded') === 'true', await row.elementHandle(), { timeout: T });
    }
    assert(clicked, 'found no mention row to click in the tree');
    await page.waitForFunction(([sel, prev]) => {
      const el = document.querySelector(sel);
      return el && el.innerText.trim() !== prev.trim();
    }, ['#status\\.editor\\.selection', before], { timeout: T, polling: 100 });
    const after = await selectionText();
    console.log(`      clicked "${String(clicked.label).slice(0, 60)}": status "${before}" -> "${after}"`);
    await shot('06-tree-click');
  });

  if (hostErrors.length) console.log(`  extension host errors seen in the console:\n    ${hostErrors.slice(0, 5).join('\n    ')}`);
} catch (err) {
  results.push({ name: 'setup', ok: false, err });
  console.log(`  ✘ setup: ${err?.stack ?? err}`);
} finally {
  await browser?.close();
  server?.stop();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`ui tests: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${shots})`);
process.exit(failed || !passed ? 1 : 0);
