import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine/analyze';
import { sentenceIds, tokenize } from '../../src/engine/text';

/** The sentence id of each token, as "text/id". */
function sentences(text: string): string {
  const toks = tokenize(text);
  const ids = sentenceIds(toks);
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) out.push(`${toks.spelling(i)!.text}/${ids[i]}`);
  return out.join(' ');
}

describe('sentences after abbreviations, and given names written short', () => {
  it('a period right after a known abbreviation or an initial does not end the sentence', () => {
    assert.equal(
      sentences('He met Lt. Gen. Mark Reed in the U.S. capital. Dr. J. Smith left.'),
      'He/0 met/0 Lt/0 ./0 Gen/0 ./0 Mark/0 Reed/0 in/0 the/0 U.S/0 ./0 capital/0 ./0 Dr/1 ./1 J/1 ./1 Smith/1 left/1 ./1',
    );
    // A period before a comma or a word in lower case ends no sentence.
    assert.equal(sentences('Sen. Bernie Sanders (I-Vt.), a critic, spoke. It cost approx. five dollars. The end.'),
      'Sen/0 ./0 Bernie/0 Sanders/0 (/0 I-Vt/0 ./0 )/0 ,/0 a/0 critic/0 ,/0 spoke/0 ./0 It/1 cost/1 approx/1 ./1 five/1 dollars/1 ./1 The/2 end/2 ./2');
    // A country written short still ends its sentence before a word that only opens one.
    assert.equal(sentences('He moved to the U.S. The talks ended in the U.K. In May they resumed.'),
      'He/0 moved/0 to/0 the/0 U.S/0 ./0 The/1 talks/1 ended/1 in/1 the/1 U.K/1 ./1 In/2 May/2 they/2 resumed/2 ./2');
    // A word that is no abbreviation ends its sentence, and a period with a space before it is a
    // full stop even after an abbreviation's letters.
    assert.equal(sentences('They met Reed. Then they left.'), 'They/0 met/0 Reed/0 ./0 Then/1 they/1 left/1 ./1');
  });

  it('an official named after a rank written short signs the agreement of his sentence', () => {
    const r = analyze('Lt. Gen. Mark Reed signed the agreement with Japan on Monday.');
    const reed = r.entities.find((e) => e.type === 'official');
    const deal = r.entities.find((e) => e.type === 'agreement');
    assert.ok(reed && deal, r.entities.map((e) => e.id).join('|'));
    assert.ok(r.relations.some((x) => x.type === 'signatory' && x.source === reed.id && x.target === deal.id), JSON.stringify(r.relations));
  });

  it('"Ma." (Maria), "Md." and "Mohd." are the first name of the name after them', () => {
    const r = analyze('Foreign Affairs Secretary Ma. Theresa Lazaro met the press. Lazaro said the talks went well. '
      + 'Bangladesh Foreign Adviser Md. Touhid Hossain also spoke, and Malaysian Defence Minister Mohd. Khaled Nordin agreed.');
    const people = r.entities.filter((e) => e.type === 'official');
    const lazaro = people.find((e) => e.name === 'Ma. Theresa Lazaro');
    assert.ok(lazaro, people.map((e) => e.name).join('|'));
    assert.deepEqual(lazaro.mentions.map((m) => m.text), ['Foreign Affairs Secretary Ma. Theresa Lazaro', 'Lazaro']);
    assert.ok(people.some((e) => e.name === 'Md. Touhid Hossain'), people.map((e) => e.name).join('|'));
    assert.ok(people.some((e) => e.name === 'Mohd. Khaled Nordin'), people.map((e) => e.name).join('|'));
  });

  it('a surname "Ma" at the end of a sentence stays a one-word name', () => {
    const people = analyze('The talks were led by Vice Minister Ma. Officials said little.').entities.filter((e) => e.type === 'official');
    assert.deepEqual(people.map((e) => e.mentions.map((m) => m.text)), [['Vice Minister Ma']]);
  });
});
