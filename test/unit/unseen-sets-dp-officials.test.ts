// Rules for officials drawn from the article sets DO-DR (second round).
// Each sentence here is written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { mentions, titles } from './support/readouts';

describe('officials (set DO): names listed after "the ministers of <countries>,"', () => {
  it('"the police ministers of Papua New Guinea and Fiji, Ann Berg and Tom Lee," are two ministers, each of the country in the same place', () => {
    const text = 'At the summit, the police ministers of Papua New Guinea and Fiji, Ann Berg and Tom Lee, backed the plan. The Fijian minister agreed. The two ministers left.';
    assert.deepEqual(mentions(text, 'official'), [
      'Ann Berg → Ann Berg',
      'Tom Lee → Tom Lee',
      'The Fijian minister → Tom Lee',
      'The two ministers → Ann Berg; Tom Lee',
    ]);
    assert.deepEqual(titles(text).slice(0, 2), ['Ann Berg (Minister)', 'Tom Lee (Minister)']);
  });

  it('"The ministers of Sweden and Chile, ..." keeps no article in the title', () => {
    assert.deepEqual(titles('The ministers of Sweden and Chile, Ann Berg and Tom Lee, met in Oslo.'), ['Ann Berg (Minister)', 'Tom Lee (Minister)']);
  });

  it('a list that does not end the appositive is no list of the ministers (guard)', () => {
    assert.deepEqual(mentions('The police ministers of Sweden and Chile, Ann Berg and Tom Lee met in Oslo.', 'official'), []);
  });
});

describe('officials (set DR): a Spanish name of two family names answers to the first in a text about a Spanish-speaking country', () => {
  it('"General Ramon Vidal Soto" in a text naming Mexico is "Vidal" later', () => {
    assert.deepEqual(mentions('Defence Secretary General Ramon Vidal Soto attended the parade in Mexico. Vidal said the army was ready.', 'official'), [
      'Defence Secretary General Ramon Vidal Soto → Ramon Vidal Soto',
      'Vidal → Ramon Vidal Soto',
    ]);
  });

  it('"John Paul Jones" in a text naming no such country keeps "Jones" only (guard)', () => {
    assert.deepEqual(mentions('Navy Secretary John Paul Jones attended the parade in Norway. Paul said it was cold.', 'official'), [
      'Navy Secretary John Paul Jones → John Paul Jones',
    ]);
  });
});

describe('officials (set DQ): a body\'s name and its initials in parentheses before an office in title case', () => {
  it('"Defense Materiel Procurement Administration (DMPA) Minister Jan Holm" is one mention; "The DMPA chief" later is him', () => {
    assert.deepEqual(mentions('The deal was signed, said Defense Materiel Procurement Administration (DMPA) Minister Jan Holm. The DMPA chief added that more would follow.', 'official'), [
      'Defense Materiel Procurement Administration (DMPA) Minister Jan Holm → Jan Holm',
      'The DMPA chief → Jan Holm',
    ]);
  });

  it('an administration without initials before an office is a president\'s, not in the title (guard)', () => {
    assert.deepEqual(mentions('The Norland Administration Secretary Jan Holm spoke.', 'official'), ['Secretary Jan Holm → Jan Holm']);
  });
});

describe('officials (set DP): a reference\'s word matches a word of the title at its start', () => {
  it('"the air chief" is the Chief of the Air Staff, not a "chairman" (whose letters hold "air")', () => {
    const text = 'Chief of the Air Staff Air Chief Marshal Ravi Menon spoke on Monday. HAL chairman Arun Das said deliveries would start soon. "Numbers matter," the air chief said.';
    assert.deepEqual(mentions(text, 'official'), [
      'Chief of the Air Staff Air Chief Marshal Ravi Menon → Ravi Menon',
      'HAL chairman Arun Das → Arun Das',
      'the air chief → Ravi Menon',
    ]);
  });

  it('"the HAL chairman" still finds the chairman (guard)', () => {
    const text = 'Chief of the Air Staff Air Chief Marshal Ravi Menon spoke on Monday. HAL chairman Arun Das said deliveries would start soon. The HAL chairman added more.';
    assert.deepEqual(mentions(text, 'official').slice(2), ['The HAL chairman → Arun Das']);
  });
});

describe('officials (set DP): an interviewer\'s bold question addressed to the office', () => {
  it('"**Minister, radars are the gap. Where are you ...?**" is a vocative of the one minister the interview names', () => {
    const text = 'Interview: Norland\'s defence minister\n\nAnn Berg, the country\'s minister of defence, spoke to us.\n\n**Why buy rockets?**\n\nWe need them.\n\n**Minister, radars are the gap. Where are you with them?**\n\nClose.\n';
    assert.deepEqual(mentions(text, 'official').slice(-1), ['Minister → Ann Berg']);
  });

  it('a bold line that asks nothing is no address (guard)', () => {
    const text = 'Interview: Norland\'s defence minister\n\nAnn Berg, the country\'s minister of defence, spoke to us.\n\n**Minister, radars and rockets.**\n';
    assert.deepEqual(mentions(text, 'official').filter((m) => m.startsWith('Minister ')), []);
  });
});

describe('officials (set DP): a region\'s adjective before a plural role stands for its countries', () => {
  it('"The three Baltic defence ministers" are those of Estonia, Latvia and Lithuania, not the Polish one named last', () => {
    const text = 'Estonian Defence Minister Ann Tamm, Latvian Defence Minister Ivo Ozols and Lithuanian Defence Minister Rita Kaunas met Polish Defence Minister Jan Nowak. The three Baltic defence ministers signed a letter.';
    assert.deepEqual(mentions(text, 'official').slice(-1), ['The three Baltic defence ministers → Ann Tamm; Ivo Ozols; Rita Kaunas']);
  });

  it('"The Baltic states" are no officials (guard)', () => {
    const text = 'Estonian Defence Minister Ann Tamm met Polish Defence Minister Jan Nowak. The Baltic states watched.';
    assert.deepEqual(mentions(text, 'official'), ['Estonian Defence Minister Ann Tamm → Ann Tamm', 'Polish Defence Minister Jan Nowak → Jan Nowak']);
  });
});
