// The pure core of the workspace entity index: identity across articles, incremental updates,
// symbol-search matching, and reading article bytes the way the extension and bench:index do.
import * as assert from 'node:assert/strict';
import { createAnalyzer, type AnalysisResult, type Entity, type Mention } from '../../src/engine';
import { WorkspaceIndexCore, analyseArticleBytes, primaryResult, workspaceKey } from '../../src/extension/indexCore';

const mention = (text: string, start = 0): Mention => ({ start, end: start + text.length, line: 1, column: start + 1, text, nominal: false });
const entity = (type: Entity['type'], name: string, attributes: Entity['attributes'] = {}): Entity => ({
  id: `${type}:${name.toLowerCase()}`,
  type,
  name,
  attributes,
  mentions: [mention(name)],
});
const result = (...entities: Entity[]): AnalysisResult => ({ entities, relations: [] });

describe('workspace index core', () => {
  const analyzer = createAnalyzer();
  const encode = (text: string) => new TextEncoder().encode(text);

  it('makes "S300" in one article and "S-300" in another one workspace entity', () => {
    const core = new WorkspaceIndexCore();
    const a = analyseArticleBytes(encode('Russia delivered the S300 air defence system to Iran.'), analyzer, 1e6);
    const b = analyseArticleBytes(encode('Greece operates the S-300 system bought in the 1990s.'), analyzer, 1e6);
    core.set('file:///a.txt', a.result);
    core.set('file:///b.txt', b.result);
    const s300 = core.entity('system:s-300');
    assert.ok(s300, 'one S-300 entity');
    assert.deepEqual([...s300.occurrences.keys()].sort(), ['file:///a.txt', 'file:///b.txt']);
    assert.deepEqual(core.search('S-300').map((e) => e.key), ['system:s-300']);
  });

  it('leaves out countries and group references ("both ministers")', () => {
    assert.equal(workspaceKey(entity('country', 'Iran')), undefined);
    assert.equal(workspaceKey(entity('official', 'Sergey Shoigu; Li Shangfu', { group: true })), undefined);
    assert.equal(workspaceKey(entity('official', 'Sergey  SHOIGU')), 'official:sergey shoigu');
    const r = primaryResult({ entities: [entity('country', 'Iran'), entity('system', 'S-400')], relations: [{ type: 'origin', source: 'system:s-400', target: 'country:iran' }] });
    assert.deepEqual(r.entities.map((e) => e.type), ['system']);
    assert.deepEqual(r.relations, [], 'no relation points at a dropped entity');
  });

  it('replaces an article without leaving stale occurrences, and drops entities with no article left', () => {
    const core = new WorkspaceIndexCore();
    core.set('file:///a.txt', result(entity('official', 'Sergey Shoigu'), entity('system', 'S-400')));
    core.set('file:///b.txt', result(entity('official', 'Sergey Shoigu')));
    core.set('file:///a.txt', result(entity('system', 'Patriot')));
    assert.deepEqual([...core.entity('official:sergey shoigu')!.occurrences.keys()], ['file:///b.txt']);
    assert.equal(core.entity('system:s-400'), undefined);
    assert.ok(core.delete('file:///b.txt'));
    assert.equal(core.entity('official:sergey shoigu'), undefined);
    assert.equal(core.delete('file:///b.txt'), false);
    assert.equal(core.articleCount, 1);
    assert.equal(core.entityCount, 1);
  });

  it('matches symbol queries loosely: characters in order, case, spaces and hyphens ignored', () => {
    const core = new WorkspaceIndexCore();
    core.set('file:///a.txt', result(entity('official', 'Sergey Shoigu'), entity('system', 'S-400'), entity('system', 'S-300')));
    assert.deepEqual(core.search('shoigu').map((e) => e.name), ['Sergey Shoigu']);
    assert.deepEqual(core.search('s400').map((e) => e.name), ['S-400']);
    assert.deepEqual(core.search('sshg').map((e) => e.name), ['Sergey Shoigu']);
    assert.equal(core.search('').length, 3, 'an empty query lists everything');
    assert.equal(core.search('', 2).length, 2, 'up to the limit');
  });

  it('turns unreadable bytes and oversized files into a skip reason instead of an exception', () => {
    const binary = analyseArticleBytes(new Uint8Array([0x50, 0x4b, 0, 0, 1, 2]), analyzer, 1e6);
    assert.equal(binary.skipped, 'binary file');
    assert.deepEqual(binary.result.entities, []);
    const big = analyseArticleBytes(encode('x'.repeat(2000)), analyzer, 1000);
    assert.match(big.skipped ?? '', /limit/);
    const broken = analyseArticleBytes(encode('text'), { analyze: () => { throw new Error('boom'); } }, 1e6);
    assert.equal(broken.skipped, 'analysis failed: boom');
  });
});
