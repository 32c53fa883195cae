// Rules for officials' names and titles drawn from the article sets DO, DP, DQ and DR.
// Each sentence here is written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { mentions } from './support/readouts';

describe('officials (set DR): names cued by parliamentary conventions', () => {
  it('a following "MP", "was in the Chair" and a constituency in parentheses each cue a name', () => {
    const text = 'Opening the debate, Anna Kerrow MP said the yards were busy. Tom Vessey (Leeds North) agreed. Dr Ruth Palin was in the Chair.';
    assert.deepEqual(mentions(text, 'official'), [
      'Anna Kerrow MP → Anna Kerrow',
      'Tom Vessey → Tom Vessey',
      'Dr Ruth Palin → Ruth Palin',
    ]);
  });

  it('"the <party> Member for <place>" after a name is its appositive; "Ms <surname>" later is her', () => {
    const text = 'Anna Kerrow, the Labour Member for Leeds North, urged Ministers to act. Ms Kerrow later thanked the Minister.';
    assert.deepEqual(mentions(text, 'official'), ['Anna Kerrow → Anna Kerrow', 'Ms Kerrow → Anna Kerrow']);
  });

  it('a news agency in parentheses cues no name, nor a place without parliamentary conventions (guard)', () => {
    assert.deepEqual(mentions('Tom Vessey (Reuters) reported it. Anna Kerrow (Leeds North) agreed.', 'official'), []);
  });
});

describe('officials (set DR): correlatives and verbs are not titles', () => {
  it('"Neither" before a title is no part of the named span', () => {
    assert.deepEqual(mentions('Neither President Ana Ruiz nor President Luis Oyola attended.', 'official'), [
      'President Ana Ruiz → Ana Ruiz',
      'President Luis Oyola → Luis Oyola',
    ]);
  });

  it('a title that is also a verb, after "would", before one capitalised word, is the verb', () => {
    assert.deepEqual(mentions('Norland said it would judge Tehran by its actions.', 'official'), []);
  });

  it('the same word before a full name after "to" is still a title (guard)', () => {
    assert.deepEqual(mentions('He spoke to judge Ana Ruiz on Monday.', 'official'), ['judge Ana Ruiz → Ana Ruiz']);
  });
});

describe('officials (set DO/DQ): a company\'s name and two offices before the name', () => {
  it('a firm\'s name ending in "Group" before "chief executive" is in the title', () => {
    assert.deepEqual(mentions('Naval Group chief executive Paul Arnaud said it was on time.', 'official'), [
      'Naval Group chief executive Paul Arnaud → Paul Arnaud',
    ]);
  });

  it('a company\'s "chairman and managing director" before one name is one mention', () => {
    assert.deepEqual(mentions('NAL chairman and managing director Ravi Menon said it was on time.', 'official'), [
      'NAL chairman and managing director Ravi Menon → Ravi Menon',
    ]);
  });

  it('a lower-case "group" is no firm\'s name (guard)', () => {
    assert.deepEqual(mentions('Later, the group chief executive Paul Arnaud said it was on time.', 'official'), [
      'chief executive Paul Arnaud → Paul Arnaud',
    ]);
  });
});

describe('officials (set DR): short forms that are not the last word of the name', () => {
  it('a Somali official\'s given name alone is that official', () => {
    const text = 'Somali army chief Brig Gen Abdi Yusuf Warsame said it. Abdi also asked for helicopters.';
    assert.deepEqual(mentions(text, 'official'), [
      'Somali army chief Brig Gen Abdi Yusuf Warsame → Abdi Yusuf Warsame',
      'Abdi → Abdi Yusuf Warsame',
    ]);
  });

  it('a Kenyan official\'s given name alone names nobody (guard)', () => {
    const text = 'Kenyan army chief Brig Gen Peter Okoth Mwangi said it. Peter also asked for helicopters.';
    assert.deepEqual(mentions(text, 'official'), ['Kenyan army chief Brig Gen Peter Okoth Mwangi → Peter Okoth Mwangi']);
  });
});

describe('officials (set DR): a group of chiefs of defence forces', () => {
  it('"The three chiefs of defence forces" takes "forces" in', () => {
    const text = 'Army chief General Abdi Warsame, army chief General Tesfaye Alemu and army chief General Peter Okoth met. The three chiefs of defence forces agreed.';
    assert.ok(mentions(text, 'official').includes('The three chiefs of defence forces → Abdi Warsame; Tesfaye Alemu; Peter Okoth'), mentions(text, 'official').join('\n'));
  });
});
