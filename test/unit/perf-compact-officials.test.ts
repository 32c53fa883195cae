// The officials stage's working state kept compact (title phrases and spans as columns): what is
// read back must be what was put in.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { tokenize } from '../../src/engine/text';
import { OfficialRecognizer, OfficialSpans } from '../../src/engine/officials';
import { NO_ATTRIBUTES } from '../../src/engine/spans';

const seedsDir = resolve(__dirname, '../../../seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(resolve(seedsDir, f), 'utf8'));
const crafted = [
  'U.S. Secretary of Defense Lloyd J. Austin III met Russian Defense Minister Sergey Shoigu. The defense secretary said.',
  "Deputy Prime Minister and Minister of National Defence Mariusz Blaszczak met China's Taiwan Affairs Office spokesperson Chen Binhua.",
  'Chairman of the Joint Chiefs of Staff Gen. Mark A. Milley spoke. Lt. Gen. John Smith and Brig. Gen. Pat Ryder agreed.',
  'The South Korean defense minister and the NATO Secretary General met the Iranian and Russian defense chiefs.',
];

describe('officials: compact working state', () => {
  it('gives, for a title phrase asked for again, a phrase equal to the one the walk gave', () => {
    let phrases = 0;
    for (const text of [...crafted, ...seeds]) {
      const rec = new OfficialRecognizer(text, tokenize(text)) as unknown as { n: number; parseTitle(i: number): unknown };
      const first: unknown[] = [];
      for (let i = 0; i < rec.n; i++) first.push(rec.parseTitle(i));
      for (let i = 0; i < rec.n; i++) {
        const again = rec.parseTitle(i);
        assert.deepEqual(again, first[i], `token ${i} of ${text.slice(0, 40)}`);
        if (first[i] !== undefined) {
          phrases++;
          // Rebuilt from the columns, not the object kept.
          assert.notEqual(again, first[i]);
        }
      }
    }
    assert.ok(phrases > 50, `${phrases} phrases`);
  });

  it('asked again after the whole run, still gives the phrases of a fresh walk', () => {
    for (const text of seeds) {
      const toks = tokenize(text);
      const fresh = new OfficialRecognizer(text, toks) as unknown as { n: number; parseTitle(i: number): unknown };
      const before: unknown[] = [];
      for (let i = 0; i < fresh.n; i++) before.push(fresh.parseTitle(i));
      const toks2 = tokenize(text);
      const ran = new OfficialRecognizer(text, toks2);
      ran.run();
      const after = ran as unknown as { parseTitle(i: number): { title?: string } | undefined };
      for (let i = 0; i < before.length; i++) {
        const p = after.parseTitle(i);
        // The run may have built the title of a phrase it used; the walk leaves it unset.
        const q = p === undefined ? undefined : { ...p, title: (before[i] as { title?: string } | undefined)?.title };
        assert.deepEqual(q, before[i], `token ${i}`);
      }
    }
  });

  it('reads back the spans it was given, with their kind, key, group attributes and moved starts', () => {
    const spans = new OfficialSpans();
    const members = { group: true, members: ['p1', 'p2'] };
    spans.push(10, 25, false, 'p1');
    spans.push(40, 62, true, 'p2');
    spans.push(70, 82, true, 'g:p1+p2', members);
    spans.setStart(0, 6);
    assert.equal(spans.length, 3);
    assert.deepEqual(spans.toSpans(), [
      { type: 'official', start: 6, end: 25, nominal: false, key: 'p1', name: '', attributes: NO_ATTRIBUTES, priority: 1 },
      { type: 'official', start: 40, end: 62, nominal: true, key: 'p2', name: '', attributes: NO_ATTRIBUTES, priority: 2 },
      { type: 'official', start: 70, end: 82, nominal: true, key: 'g:p1+p2', name: '', attributes: members, priority: 2 },
    ]);
    assert.equal(spans.span(2).attributes, members);
    assert.equal(spans.span(0).attributes, NO_ATTRIBUTES);
    // Past the typed array's first growth.
    for (let k = 0; k < 1000; k++) spans.push(k * 3, k * 3 + 2, k % 2 === 0, `p${k}`);
    assert.deepEqual([spans.start(1002), spans.end(1002), spans.nominal(1002), spans.key(1002)], [2997, 2999, false, 'p999']);
  });
});
