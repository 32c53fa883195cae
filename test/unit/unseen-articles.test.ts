// Rules drawn from article sets written for the first of December's session and scored before any
// rule was taken from them (the sets AG, AH and AI: Hansard, CRS, Naval News, Focus Taiwan, White
// House fact sheets, VOA, WAM, Stars and Stripes, EU releases, Polish procurement, PNA, Ahram,
// Latin American and South African defence news, State Department briefings). Each sentence here
// is written for the test; none is taken from an article.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine/analyze';
import { officials } from './support/readouts';

/** Each official's name and title attribute, as "name (title)". */
function titles(text: string): string[] {
  return analyze(text).entities.filter((e) => e.type === 'official').map((e) => `${e.name} (${String(e.attributes['title'] ?? '')})`);
}

describe('officials: an envoy posted "in" a capital or a country, or "there"', () => {
  it('"The Danish ambassador in Buenos Aires, Kasper Mathiesen," names the ambassador', () => {
    assert.deepEqual(titles('The Danish ambassador in Buenos Aires, Kasper Mathiesen, welcomed the transfer.'), ['Kasper Mathiesen (ambassador in Buenos Aires)']);
  });

  it('"our ambassador there, Michael Ratney," names him, titled ambassador', () => {
    assert.deepEqual(titles('The Secretary was in Riyadh, and our ambassador there, Michael Ratney, has continued the talks.'), ['Michael Ratney (ambassador)']);
  });

  it('"in" before anything but a capital or a country ends the office', () => {
    assert.deepEqual(titles('The ambassador in a statement, Jane Doe said, thanked the hosts.'), []);
  });
});

describe('officials: a counted group of an office takes its holders, not holders of a longer word', () => {
  it('"the two presidents" are the presidents, not the presidential spokesman', () => {
    const group = analyze('President Abdel Fattah El-Sisi received French President Emmanuel Macron. Presidential Spokesman Mohamed El-Shennawy said the two presidents discussed Gaza.')
      .entities.find((e) => e.attributes['group'] === true);
    assert.deepEqual(group?.name.split('; ').sort(), ['Abdel Fattah El-Sisi', 'Emmanuel Macron']);
  });
});

describe('officials: places are not people set off by an office', () => {
  it('"in Brasília, the Minister of Defense of Brazil, José Múcio Monteiro," tags the minister only', () => {
    assert.deepEqual(officials('Meanwhile, in Brasília, the Minister of Defense of Brazil, José Múcio Monteiro, received his counterpart.'), [
      'José Múcio Monteiro: José Múcio Monteiro',
    ]);
  });

  it('"San Luis, the commander specified." is an attribution after a place, not an appositive', () => {
    assert.deepEqual(officials('The jets will operate from Villa Reynolds, San Luis, the commander specified.'), []);
  });

  it('an office in capitals before "said" is still an appositive whose comma was left out', () => {
    assert.deepEqual(titles('Responding to the report Gareth Bayley, the UK Special Representative for Syria said the talks would go on.'), [
      'Gareth Bayley (Special Representative for Syria)',
    ]);
  });
});
