// Rules for officials' descriptive references drawn from the article sets DL, DM and DN (and
// leftovers of DH-DK). Each sentence here is written for the test; none is taken from an article,
// and the people are invented.
import * as assert from 'node:assert/strict';
import { mentions } from './support/readouts';

describe('officials (set DL): a nationality nominal of a minister placed in a country by the sentence', () => {
  it('"In Cyprus, Defence Minister X ... The Cypriot minister" is X', () => {
    assert.deepEqual(mentions('In Cyprus, Defence Minister Andreas Kosta confirmed the delivery. The Cypriot minister said talks would continue.', 'official'), [
      'Defence Minister Andreas Kosta → Andreas Kosta',
      'The Cypriot minister → Andreas Kosta',
    ]);
  });

  it('"in neighbouring Romania, Defence Minister X ... The Romanian minister" is X', () => {
    assert.deepEqual(mentions('Meanwhile, in neighbouring Romania, Defence Minister Ion Barbu said Bucharest would buy howitzers. The Romanian minister declined to comment.', 'official'), [
      'Defence Minister Ion Barbu → Ion Barbu',
      'The Romanian minister → Ion Barbu',
    ]);
  });

  it('a country named without "in" before the title gives the minister no nationality (guard)', () => {
    assert.deepEqual(mentions('After talks with Cyprus, Defence Minister Ion Barbu said Bucharest would buy howitzers. The Cypriot minister declined to comment.', 'official'), [
      'Defence Minister Ion Barbu → Ion Barbu',
    ]);
  });
});
