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
