// Rules for officials drawn from the article sets CR, CS and CT. Each sentence here is written for
// the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { mentions, officials } from './support/readouts';

describe('officials: the organisation before a title is in the span', () => {
  it('initials before any capitalised office ("PNG Defence Minister", "AU Commissioner for ...")', () => {
    assert.deepEqual(mentions('Talks with PNG Defence Minister Tom Kavu went well. AU Commissioner for Political Affairs, Peace and Security Tunde Bello spoke.', 'official'), [
      'PNG Defence Minister Tom Kavu → Tom Kavu',
      'AU Commissioner for Political Affairs, Peace and Security Tunde Bello → Tunde Bello',
    ]);
  });

  it('initials with a letter outside A-Z ("TUSAŞ General Manager")', () => {
    assert.deepEqual(mentions('The deal was signed by TUSAŞ General Manager Kerem Aydın.', 'official'), ['TUSAŞ General Manager Kerem Aydın → Kerem Aydın']);
  });

  it('a company\'s name before "General Manager"', () => {
    assert.deepEqual(mentions('The deal was signed by Veltron General Manager Kerem Aydın.', 'official'), ['Veltron General Manager Kerem Aydın → Kerem Aydın']);
  });

  it('a body\'s name ending as one does, before its office ("Islands Forum Secretary General", "Union Commission Chairperson")', () => {
    assert.deepEqual(mentions('It was chaired by Coral Islands Forum Secretary General Toma Rua. Southern Union Commission Chairperson Ada Nwosu spoke.', 'official'), [
      'Coral Islands Forum Secretary General Toma Rua → Toma Rua',
      'Southern Union Commission Chairperson Ada Nwosu → Ada Nwosu',
    ]);
  });

  it('not a ship\'s prefix ("HMS Prince ...") nor an administration named after its leader', () => {
    assert.deepEqual(officials('HMS Prince Arthur sailed.'), []);
    assert.deepEqual(mentions('The Marlow Administration Secretary Ada Nwosu spoke.', 'official'), ['Secretary Ada Nwosu → Ada Nwosu']);
  });
});

describe('officials: a preposition or conjunction opening a sentence is no organisation', () => {
  it('"Without President Kerr" is "President Kerr"', () => {
    assert.deepEqual(mentions('"Without President Kerr, this alliance would fail," he said. And Chairman Adams agreed.', 'official'), [
      'President Kerr → Kerr',
      'Chairman Adams → Adams',
    ]);
  });

  it('a company\'s name before its chairman is still in the span', () => {
    assert.deepEqual(mentions('Veltron Chairman Ada Nwosu spoke.', 'official'), ['Veltron Chairman Ada Nwosu → Ada Nwosu']);
  });
});
