// The manifest as VS Code loaded it: every contributed command has a handler, every setting is
// documented and scoped, and the article language is registered.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, getApi } from './util';

interface Manifest {
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    configuration: { properties: Record<string, { scope?: string; default?: unknown; markdownDescription?: string }> };
  };
}

describe('Contributions in the running VS Code', () => {
  const manifest = () => vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;

  before(async () => {
    await getApi();
  });

  it('registers a handler for every command in package.json', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest().contributes.commands.map((c) => c.command).filter((c) => !registered.has(c));
    assert.deepEqual(missing, []);
  });

  it('gives every setting a scope, a default and a markdownDescription, readable through the API', () => {
    const config = vscode.workspace.getConfiguration();
    for (const [key, schema] of Object.entries(manifest().contributes.configuration.properties)) {
      assert.ok(schema.scope, `${key} has a scope`);
      assert.ok('default' in schema, `${key} has a default`);
      assert.ok(schema.markdownDescription, `${key} has a markdownDescription`);
      assert.deepEqual(config.inspect(key)?.defaultValue, schema.default, `${key}'s default is what VS Code reports`);
    }
  });

  it('contributes the article language', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('article'));
  });
});
