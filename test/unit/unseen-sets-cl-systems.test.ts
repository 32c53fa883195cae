// System rules drawn from the article sets of the thirteenth session (CL, CM, CN). Each sentence
// here is written for the test; none is taken from an article.
import * as assert from 'node:assert/strict';
import { entities } from './support/readouts';

describe('systems (sets CL-CN): an unknown designation the article has shown to be a system', () => {
  it('is a mention at later uses without a noun, in either spelling', () => {
    assert.deepEqual(entities('The yard is building four D-210 corvettes. The D-210 will carry a new radar. Each D210 displaces 2,000 tonnes.', 'system'), [
      'D-210: D-210 | D-210 | D210',
    ]);
  });

  it('is not one when no use of it had a system noun', () => {
    assert.deepEqual(entities('The D-210 will carry a new radar. Each D210 displaces 2,000 tonnes.', 'system'), []);
  });
});

describe('systems (sets CL-CN): a "Type" designation with a variant and its class in parentheses', () => {
  it('"Type 061H2 frigates": letters and digits after the number', () => {
    assert.deepEqual(entities('The navy operates Type 061H2 frigates.', 'system'), ['Type 061H2: Type 061H2']);
  });

  it('"Type 044G (Tang-class) submarines": the class in parentheses is a second mention of it', () => {
    assert.deepEqual(entities('The Type 044G (Tang-class) submarines are old.', 'system'), ['Type 044G: Type 044G | Tang-class']);
  });

  it('an unknown designation\'s class in parentheses too, and the class\'s name alone later', () => {
    assert.deepEqual(entities('The yard builds D-210 (Vidal-class) corvettes. The Vidal sails in May.', 'system'), ['D-210: D-210 | Vidal-class | Vidal']);
  });

  it('no system noun after the parentheses: none', () => {
    assert.deepEqual(entities('The Type 044G (Tang-class) is old.', 'system'), []);
  });
});

describe('systems (sets CL-CN): a variant written onto or after a known name or designation', () => {
  it('a one-letter code with a variant\'s letter and a system noun ("K-5W jet trainers") is a designation, at later mentions too', () => {
    assert.deepEqual(entities('The air wing flies K-5W jet trainers. The K-5W is slow.', 'system'), ['K-5W: K-5W | K-5W']);
  });

  it('such a code without a variant\'s letter stays none ("K-12 schools")', () => {
    assert.deepEqual(entities('Teachers in K-12 schools got new computers.', 'system'), []);
  });

  it('a number and letters after a one-word name and a hyphen ("Akash-3T") name a variant of it', () => {
    assert.deepEqual(entities('The regiment fields Akash-3T launchers.', 'system'), ['Akash-3T: Akash-3T']);
  });

  it('a number alone after the hyphen is left as before', () => {
    assert.deepEqual(entities('India tested the Akash-4 missile.', 'system'), []);
  });

  it('"Mk" and a Roman numeral after a designation are its mark ("CV90 Mk III")', () => {
    assert.deepEqual(entities('The army bought sixty CV90 Mk III vehicles.', 'system'), ['CV90 Mk III: CV90 Mk III']);
  });

  it('a variant\'s letter written apart from a name the knowledge base lists hyphenated ("Iskander K") is that variant', () => {
    assert.deepEqual(entities('The brigade moved Iskander K launchers; more Iskander-K units followed.', 'system'), ['Iskander K: Iskander K | Iskander-K']);
  });

  it('a capital after a name that is not so listed stays outside the span', () => {
    assert.deepEqual(entities('Near the Iskander I saw a truck.', 'system'), ['Iskander: Iskander']);
  });

  it('a designation\'s letters and number written apart ("SM 3") are the designation', () => {
    assert.deepEqual(entities('The cruiser fired an SM 3 and two SM6 rounds.', 'system'), ['SM-3: SM 3', 'SM-6: SM6']);
  });

  it('letters and a number that are no known designation stay none', () => {
    assert.deepEqual(entities('The ASEAN 10 met in May.', 'system'), []);
  });

  it('a designation before the family name of its listed variant is in the span ("M1296 Stryker Dragoon")', () => {
    assert.deepEqual(entities('Soldiers drove the M1296 Stryker Dragoon across the range.', 'system').map((s) => s.split(': ')[1]), ['M1296 Stryker Dragoon']);
  });

  it('a designation the knowledge base does not list with the name stays outside it', () => {
    assert.deepEqual(entities('Soldiers drove the M1297 Stryker Dragoon across the range.', 'system').map((s) => s.split(': ')[1]), ['Stryker Dragoon']);
  });
});

describe('systems (sets CL-CN): a NATO reporting name given after the system', () => {
  it('in parentheses, after "NATO reporting name:", is a mention of the system', () => {
    assert.deepEqual(entities('Moscow sent Tu-160 (NATO reporting name: Blackjack) bombers north.', 'system'), ['Tu-160: Tu-160 | Blackjack']);
  });

  it('after a comma and "codenamed"', () => {
    assert.deepEqual(entities('The Su-34, codenamed Fullback by NATO, flew low.', 'system'), ['Su-34: Su-34 | Fullback']);
  });

  it('the name alone elsewhere, or after a comma with no introduction, is not', () => {
    assert.deepEqual(entities('The Su-34, Fullback said. A Fullback was seen.', 'system'), ['Su-34: Su-34']);
  });
});

describe('systems (sets CL-CN): a person\'s surname that is also a system\'s name', () => {
  it('after the system\'s designation ("the M10 Booker") and after "the" it is the system, not the person', () => {
    assert.deepEqual(entities('Cpl. Ann Booker trained the crews. The M10 Booker arrived in May. The Booker is a light tank.', 'system'), [
      'M10 Booker: M10 Booker | Booker',
    ]);
  });

  it('"Stryker vehicles" and "The Stryker" are the system, though a person of that surname is named', () => {
    assert.deepEqual(entities('The army bought Stryker vehicles. Pfc. Lee Stryker trained the crews. The Stryker is fast.', 'system'), ['Stryker: Stryker | Stryker']);
  });

  it('the surname alone, with no determiner or system noun, stays the person\'s', () => {
    assert.deepEqual(entities('Pfc. Lee Stryker trained the crews. Stryker said the crews were ready.', 'official'), ['Lee Stryker: Pfc. Lee Stryker | Stryker']);
  });
});
