// Rules for officials drawn from the article sets DA, DB, DC and DD (round 6). Each sentence here is
// written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { mentions } from './support/readouts';

describe('officials (set DA): a phrase before ", Title Surname" is not the official\'s', () => {
  it('"On the Harbour Plan, Secretary Vance announced" marks "Secretary Vance" alone', () => {
    assert.deepEqual(mentions('On the Harbour Plan, Secretary Vance announced a review.', 'official'), ['Secretary Vance → Vance']);
    assert.deepEqual(mentions('Regarding Blue Harbour, Minister Tamm spoke.', 'official'), ['Minister Tamm → Tamm']);
  });

  it('an appositive office after a name still is one (guard): "Ed Lark MP, Minister for Defence Readiness, said"', () => {
    assert.deepEqual(mentions('Ed Lark MP, Minister for Defence Readiness, said it.', 'official'), ['Ed Lark MP → Ed Lark']);
  });
});

describe('officials (set DB): a given name written short inside a name', () => {
  it('"Jose Ma. Ambrosio Lardo" is one name, and "Lardo" later its surname', () => {
    assert.deepEqual(mentions('Vice Admiral Jose Ma. Ambrosio Lardo attended. Lardo said the crews were ready.', 'official'), [
      'Vice Admiral Jose Ma. Ambrosio Lardo → Jose Ambrosio Ma. Lardo',
      'Lardo → Jose Ambrosio Ma. Lardo',
    ]);
    assert.deepEqual(mentions('Vice Adm. Jose Ma. Lardo attended.', 'official'), ['Vice Adm. Jose Ma. Lardo → Jose Ma. Lardo']);
  });

  it('the period still ends a sentence before a word that is no name (guard)', () => {
    assert.deepEqual(mentions('General Jose Ma. The next day was calm.', 'official'), ['General Jose Ma → Jose Ma']);
    // A word the text writes in lower case opens the next sentence: "Ma" is a family name there.
    assert.deepEqual(mentions('Secretary Dai Ma. Officials declined to comment, officials said.', 'official'), ['Secretary Dai Ma → Dai Ma']);
  });
});

describe('officials (set DC): titles cut short', () => {
  it('a commissioner of two joined portfolios: "Defence and Space Commissioner"', () => {
    assert.deepEqual(mentions('Defence and Space Commissioner Ona Vilk spoke.', 'official'), ['Defence and Space Commissioner Ona Vilk → Ona Vilk']);
  });

  it('a lone commissioner keeps the words before "and" out (guard)', () => {
    assert.deepEqual(mentions('Minister Ona Vilk and Trade Commissioner Rui Sal spoke.', 'official'), ['Minister Ona Vilk → Ona Vilk', 'Trade Commissioner Rui Sal → Rui Sal']);
  });
});

describe('officials (set DD): press officers are titled', () => {
  it('"Press Officer", "Public Affairs Officer" before a name', () => {
    assert.deepEqual(mentions('Press Officer Lia Dorn spoke. Public Affairs Officer Max Reel agreed.', 'official'), [
      'Press Officer Lia Dorn → Lia Dorn',
      'Public Affairs Officer Max Reel → Max Reel',
    ]);
  });

  it('a "staff officer" or an "Executive Officer" stays no title (guard)', () => {
    assert.deepEqual(mentions('Executive Officer Lia Dorn spoke.', 'official'), []);
  });
});

describe('officials (set DA): a Korean name with a hyphenated given name is written family name first', () => {
  it('"Son Jae-il" is later "Son" before any verb', () => {
    assert.deepEqual(mentions('Acme Aerospace CEO Lee Dong-hwa said it. Lee declined to name the buyers.', 'official').length, 2);
    assert.deepEqual(mentions('Acme Aerospace CEO Son Jae-il said it. Son declined to name the buyers.', 'official'), [
      'Acme Aerospace CEO Son Jae-il → Son Jae-il',
      'Son → Son Jae-il',
    ]);
  });

  it('a Western name with a hyphenated surname keeps its given name first (guard)', () => {
    assert.deepEqual(mentions('Acme CEO Jean Saint-Denis said it. Jean declined to comment.', 'official'), ['Acme CEO Jean Saint-Denis → Jean Saint-Denis']);
  });
});

describe('officials (set DB): counted and plural groups', () => {
  it('"The two mediators", "The four lawmakers", "The two commissioners" are the officials just named', () => {
    assert.deepEqual(mentions('Envoy Ana Lis met Ambassador Bo Rand. The two mediators spoke.', 'official').at(-1), 'The two mediators → Ana Lis; Bo Rand');
    assert.deepEqual(mentions('Rep. Ana Lis, Rep. Bo Rand, Sen. Cy Dorn and Sen. Di Vo wrote. The four lawmakers asked for more.', 'official').at(-1),
      'The four lawmakers → Ana Lis; Bo Rand; Cy Dorn; Di Vo');
    assert.deepEqual(mentions('Minister Ana Lis met Commissioner Bo Rand and Commissioner Cy Dorn. The two commissioners spoke.', 'official').at(-1),
      'The two commissioners → Bo Rand; Cy Dorn');
  });

  it('"The envoys" after two envoys who met are the two', () => {
    assert.deepEqual(mentions('U.S. envoy Ana Lis met French envoy Bo Rand. The envoys will meet again.', 'official').at(-1), 'The envoys → Ana Lis; Bo Rand');
  });

  it('envoys of no one named stay generic (guard): "The envoys of the member states met."', () => {
    assert.deepEqual(mentions('The envoys of the member states met.', 'official'), []);
  });
});

describe('officials (set DC): a bare office a named holder\'s title implies', () => {
  it('"The senator" is a Senate committee\'s chairman; "The chairperson" a commission\'s', () => {
    assert.deepEqual(mentions('Senate Armed Services Committee Chairman Tod Wren welcomed the award. The senator said it was good.', 'official'), [
      'Senate Armed Services Committee Chairman Tod Wren → Tod Wren',
      'The senator → Tod Wren',
    ]);
    assert.deepEqual(mentions('AU Commission Chairperson Ali Musa urged calm. The chairperson told a summit it was good.', 'official'), [
      'AU Commission Chairperson Ali Musa → Ali Musa',
      'The chairperson → Ali Musa',
    ]);
  });

  it('a committee\'s staff director is no senator (guard)', () => {
    assert.deepEqual(mentions('Senate Armed Services Committee staff director Tod Wren welcomed the award. The senator said it was good.', 'official'), [
      'Senate Armed Services Committee staff director Tod Wren → Tod Wren',
    ]);
  });
});
