// The workspace knowledge base file: valid entries load, problems name their place, and a broken
// file never takes the built-in knowledge down with it.
import * as assert from 'node:assert/strict';
import { describeProblem, parseUserKnowledgeBase } from '../../src/extension/userEntries';

describe('parseUserKnowledgeBase', () => {
  it('reads officials, systems and agreements with aliases and attributes', () => {
    const { entries, problems } = parseUserKnowledgeBase(
      JSON.stringify({
        entries: [
          { type: 'official', name: 'Jane Roe', aliases: ['Roe'], attributes: { title: 'Deputy Minister', country: 'Freedonia' } },
          { type: 'system', name: 'XR-9 Falcon', aliases: ['XR9'] },
          { type: 'agreement', name: 'Harbour Accord' },
        ],
      }),
    );
    assert.deepEqual(problems, []);
    assert.equal(entries.length, 3);
    assert.deepEqual(entries[0], { type: 'official', name: 'Jane Roe', aliases: ['Roe'], attributes: { title: 'Deputy Minister', country: 'Freedonia' } });
  });

  it('accepts a byte-order mark', () => {
    assert.equal(parseUserKnowledgeBase('\uFEFF{"entries":[]}').problems.length, 0);
  });

  it('reports a syntax error with its line and column and loads nothing', () => {
    const { entries, problems } = parseUserKnowledgeBase('{\n  "entries": [\n    { "type": "official", }\n  ]\n}');
    assert.equal(entries.length, 0);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 3);
    assert.ok((problems[0]!.column ?? 0) > 1);
    assert.match(describeProblem(problems[0]!), /^line 3, column \d+: Invalid JSON/);
  });

  it('keeps valid entries and names the path of each invalid one', () => {
    const { entries, problems } = parseUserKnowledgeBase(
      JSON.stringify({
        entries: [
          { type: 'official', name: 'Jane Roe' },
          { type: 'person', name: 'X' },
          { type: 'system', name: '   ' },
          { type: 'system', name: 'Y', aliases: ['ok', 3] },
          { type: 'agreement', name: 'Z', attributes: { date: 2020 } },
        ],
      }),
    );
    assert.deepEqual(entries.map((e) => e.name), ['Jane Roe']);
    assert.deepEqual(problems.map((p) => p.path), ['entries[1].type', 'entries[2].name', 'entries[3].aliases[1]', 'entries[4].attributes.date']);
  });

  it('rejects a file without an entries array', () => {
    assert.match(describeProblem(parseUserKnowledgeBase('[]').problems[0]!), /"entries" array/);
  });

  it('treats names as literal phrases, not patterns', () => {
    const { entries } = parseUserKnowledgeBase(JSON.stringify({ entries: [{ type: 'system', name: '(a+)+$' }] }));
    assert.equal(entries[0]!.name, '(a+)+$');
  });
});
