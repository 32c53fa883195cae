// Rules for officials' descriptive references drawn from the article sets DH, DI, DJ and DK. Each
// sentence here is written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { mentions } from './support/readouts';

describe('officials (set DH): a descriptive reference before a possessive', () => {
  it('"his German counterpart\'s statement" is his German counterpart, without the "\'s"', () => {
    assert.deepEqual(mentions('Israeli Defence Minister Avi Lerner met German Defence Minister Jonas Falk. Lerner welcomed his German counterpart\'s statement.', 'official'), [
      'Israeli Defence Minister Avi Lerner → Avi Lerner',
      'German Defence Minister Jonas Falk → Jonas Falk',
      'Lerner → Avi Lerner',
      'his German counterpart → Jonas Falk',
    ]);
  });

  it('"the field marshal\'s schedule" is the field marshal named before', () => {
    assert.deepEqual(mentions('Field Marshal Tariq Qadir arrived. Officials familiar with the field marshal\'s schedule said so.', 'official'), [
      'Field Marshal Tariq Qadir → Tariq Qadir',
      'the field marshal → Tariq Qadir',
    ]);
  });

  it('a rank\'s possessive after "of" names an institution, and stays unmarked (guard)', () => {
    assert.deepEqual(mentions('Field Marshal Tariq Qadir arrived. He met the head of the field marshal\'s staff.', 'official'), [
      'Field Marshal Tariq Qadir → Tariq Qadir',
    ]);
  });
});

