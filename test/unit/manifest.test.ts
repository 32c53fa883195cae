// package.json consistency, checked in plain Node: commands, settings, activation, colours,
// and the files the manifest points to.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The project root: the nearest folder above this file with our package.json. */
function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate) && (JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string }).name === 'analyst-lens') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json of analyst-lens not found');
    dir = parent;
  }
}

const root = projectRoot();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as any;
const contributes = pkg.contributes;

describe('package.json manifest', () => {
  it('gives every command a title and the category "Analyst Lens"', () => {
    assert.ok(contributes.commands.length > 0);
    for (const c of contributes.commands) {
      assert.match(c.command, /^analystLens\./, c.command);
      assert.ok(typeof c.title === 'string' && c.title.length > 0, `${c.command} has a title`);
      assert.equal(c.category, 'Analyst Lens', `${c.command} category`);
    }
  });

  it('refers only to contributed commands in menus and keybindings', () => {
    const ids = new Set(contributes.commands.map((c: { command: string }) => c.command));
    const used: string[] = [...contributes.keybindings.map((k: { command: string }) => k.command)];
    for (const items of Object.values(contributes.menus) as Array<Array<{ command: string }>>) used.push(...items.map((i) => i.command));
    for (const c of used) assert.ok(ids.has(c), `${c} is contributed`);
  });

  it('gives every analystLens setting a scope, a default and a markdownDescription', () => {
    const props = Object.entries(contributes.configuration.properties) as Array<[string, Record<string, unknown>]>;
    assert.ok(props.length >= 7);
    for (const [key, schema] of props) {
      assert.match(key, /^analystLens\./);
      assert.ok(['application', 'machine', 'machine-overridable', 'window', 'resource', 'language-overridable'].includes(schema['scope'] as string), `${key} scope`);
      assert.ok('default' in schema, `${key} default`);
      assert.ok(typeof schema['markdownDescription'] === 'string' && (schema['markdownDescription'] as string).length > 10, `${key} markdownDescription`);
    }
    for (const t of ['official', 'system', 'agreement']) assert.equal(contributes.configuration.properties[`analystLens.types.${t}`].default, true);
  });

  it('activates narrowly, never on "*"', () => {
    assert.ok(Array.isArray(pkg.activationEvents));
    assert.ok(!pkg.activationEvents.includes('*'));
    assert.ok(!pkg.activationEvents.includes('onStartupFinished'));
    assert.ok(pkg.activationEvents.includes('onLanguage:article'));
    assert.ok(pkg.activationEvents.includes('onLanguage:plaintext'));
  });

  it('contributes theme colours with light, dark and high-contrast defaults, three per type', () => {
    const ids = contributes.colors.map((c: { id: string }) => c.id);
    for (const t of ['official', 'system', 'agreement']) {
      for (const suffix of ['Background', 'NominalBackground', 'OverviewRuler']) assert.ok(ids.includes(`analystLens.${t}${suffix}`), `${t}${suffix}`);
    }
    for (const c of contributes.colors) {
      for (const theme of ['light', 'dark', 'highContrast']) assert.match(c.defaults[theme], /^#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/, `${c.id} ${theme}`);
      assert.ok(c.description, `${c.id} description`);
    }
    // The three types must look clearly different: their ruler hues are far apart.
    const hue = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
      const max = Math.max(r, g, b);
      const d = max - Math.min(r, g, b);
      const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
      return (h * 60 + 360) % 360;
    };
    const hues = ['official', 'system', 'agreement'].map((t) => hue(contributes.colors.find((c: { id: string }) => c.id === `analystLens.${t}OverviewRuler`).defaults.light));
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) {
        const gap = Math.min(Math.abs(hues[i]! - hues[j]!), 360 - Math.abs(hues[i]! - hues[j]!));
        assert.ok(gap > 60, `hues ${hues[i]} and ${hues[j]} are far apart`);
      }
    }
  });

  it('declares the article language, its grammar and the files it points to', () => {
    assert.equal(contributes.languages[0].id, 'article');
    assert.ok(contributes.languages[0].extensions.includes('.article'));
    for (const rel of [contributes.languages[0].configuration, contributes.grammars[0].path, contributes.jsonValidation[0].url]) {
      const file = path.join(root, rel);
      assert.ok(fs.existsSync(file), `${rel} exists`);
      JSON.parse(fs.readFileSync(file, 'utf8'));
    }
  });

  it('runs in untrusted (limited), virtual and web workspaces', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(pkg.capabilities.untrustedWorkspaces.description);
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
    assert.equal(pkg.browser, './dist/web/extension.js');
  });

  it('has a view with welcome content and scoped keybindings', () => {
    assert.equal(contributes.views.explorer[0].id, 'analystLens.entities');
    assert.ok(contributes.viewsWelcome.some((w: { view: string }) => w.view === 'analystLens.entities'));
    for (const k of contributes.keybindings) assert.match(k.when, /analystLens\.isArticle/);
  });
});

describe('extension source', () => {
  const dir = path.join(root, 'src', 'extension');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('never edits a document', () => {
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      assert.ok(!/WorkspaceEdit|TextEdit\b|applyEdit|\.edit\(/.test(text), `${f} must not edit documents`);
    }
  });

  it('uses nothing Node-only, so the web bundle works', () => {
    // launcher.ts is dist/extension.js, the Node host's entry only (it compiles the core with a
    // V8 code cache); the web bundle starts at extension.ts, and no other module imports it.
    for (const f of files) {
      if (f === 'launcher.ts') continue;
      assert.ok(!/from '\.\/launcher'/.test(fs.readFileSync(path.join(dir, f), 'utf8')), `${f} must not import the Node launcher`);
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      // A require of the engine's own modules is bundled (as a lazy initialiser, see loadEngine in
      // analysis.ts); any other require would be looked up at run time.
      assert.ok(!/from ['"](node:)?(fs|path|os|child_process)['"]|require\((?!'\.\.\/engine\/)|\bBuffer\b|process\./.test(text), `${f} is web-safe`);
    }
    // And in the built web bundle, 'vscode' is the only module left to the host.
    const web = path.join(dir, '..', '..', 'dist', 'web', 'extension.js');
    const required = new Set([...fs.readFileSync(web, 'utf8').matchAll(/\brequire\(([^)]*)\)/g)].map((m) => m[1]));
    assert.deepEqual([...required], ['"vscode"']);
  });

  it('names every contributed command in the source', () => {
    const source = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    for (const c of contributes.commands) assert.ok(source.includes(`'${c.command}'`), `${c.command} in src/extension`);
  });
});
