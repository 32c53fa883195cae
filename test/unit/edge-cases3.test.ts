import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine/analyze';
import { findRelations } from '../../src/engine/relations';
import { sentenceIds, tokenize } from '../../src/engine/text';
import { signingClauses } from '../../src/engine/relations';
import type { Entity, Mention } from '../../src/engine/types';

const mentionsOf = (text: string, type: string): string[] =>
  analyze(text).entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => m.text));

describe('edge cases found by review (capitals, particles, line ends, invisible characters, groups)', () => {
  it('an upper-case possessive "SHOIGU\'S" is the person Shoigu, and the span stops before "\'S"', () => {
    const text = "RUSSIAN DEFENSE MINISTER SERGEY SHOIGU'S VISIT\n\nRussian Defense Minister Sergey Shoigu spoke. SHOIGU'S aides left.";
    const people = analyze(text).entities.filter((e) => e.type === 'official');
    assert.deepEqual(people.map((e) => e.name), ['Sergey Shoigu']);
    assert.deepEqual(people[0]!.mentions.map((m) => m.text), ['RUSSIAN DEFENSE MINISTER SERGEY SHOIGU', 'Russian Defense Minister Sergey Shoigu', 'SHOIGU']);
    // A lower-case word before "'S" is not a capitals possessive ("McDonald'S" stays as written).
    assert.ok(!mentionsOf("Ambassador Jane McDonald'S left.", 'official').some((t) => t.endsWith("'")), 'span ends in an apostrophe');
  });

  it('a particle with no name word after it ("Prince Faisal bin Minister") is not part of the name', () => {
    const people = analyze('Saudi Foreign Minister Faisal bin Farhan met the press. Prince Faisal bin Minister said nothing.').entities.filter((e) => e.type === 'official');
    assert.ok(people.some((e) => e.name === 'Faisal bin Farhan'), people.map((e) => e.name).join('|'));
    assert.ok(!people.some((e) => /\bbin$/.test(e.name)), people.map((e) => e.name).join('|'));
  });

  it('a lone "\\r" (old Mac line ends) breaks a line for the tokenizer as it does for LineIndex', () => {
    const lf = 'The talks ended with Defense Minister\nSergey Shoigu leaving. Iran agreed.\nShoigu said.';
    const cr = lf.replace(/\n/g, '\r');
    const strip = (t: string) => analyze(t).entities.map((e) => [e.type, e.name, e.mentions.map((m) => [m.start, m.end, m.line, m.column])]);
    assert.deepEqual(strip(cr), strip(lf));
    const toks = tokenize('Minister\rSergey');
    assert.equal(toks.nl(1), 1);
    // "\r\n" is one break, not two.
    assert.equal(tokenize('Minister\r\nSergey').nl(1), 1);
  });

  it('a zero-width space between the words of a country name does not stop the match', () => {
    assert.deepEqual(mentionsOf('The United \u200bKingdom agreed. Saudi\u200b Arabia too.', 'country'), ['United \u200bKingdom', 'Saudi\u200b Arabia']);
  });

  it('a reference with a country in capitals ("the U.S. deal", "the UK agreement") is found, period included', () => {
    const text = 'Iran and Russia signed a nuclear agreement in 2015. Critics said the U.S. deal was weak. Others praised the UK agreement.';
    const refs = mentionsOf(text, 'agreement');
    assert.ok(refs.includes('the U.S. deal'), refs.join('|'));
    assert.ok(refs.includes('the UK agreement'), refs.join('|'));
  });

  it('a group signs through its members only when every member has an entity of its own', () => {
    const text = 'The two ministers signed the agreement.';
    const toks = tokenize(text);
    const clauses = signingClauses(toks, sentenceIds(toks));
    const mention = (start: number, end: number, nominal: boolean): Mention => ({ start, end, line: 1, column: start + 1, text: text.slice(start, end), nominal });
    const build = (members: string[]): Entity[] => [
      { id: 'official:a', type: 'official', name: 'Anna Berg', attributes: {}, mentions: [] },
      { id: 'official:group', type: 'official', name: 'Anna Berg; Omar Haddad', attributes: { group: true, members }, mentions: [mention(0, 17, true)] },
      { id: 'agreement:x', type: 'agreement', name: 'agreement', attributes: { kind: 'agreement' }, mentions: [mention(25, 38, true)] },
    ];
    const whole = build(['official:a']);
    const rel = findRelations(clauses, whole);
    assert.deepEqual(rel.filter((r) => r.type === 'signatory').map((r) => r.source), ['official:a']);
    // One member without an entity ("p:..." is an internal key): the group itself signs.
    const partial = build(['official:a', 'p:omar-haddad']);
    const rel2 = findRelations(clauses, partial);
    const ids = new Set(partial.map((e) => e.id));
    for (const r of rel2) assert.ok(ids.has(r.source) && ids.has(r.target), `${r.source} -> ${r.target}`);
    assert.deepEqual(rel2.filter((r) => r.type === 'signatory').map((r) => r.source), ['official:group']);
    assert.deepEqual(partial[2]!.attributes['signatories'], ['Anna Berg; Omar Haddad']);
  });
});
