// Rules for officials drawn from the article sets DE, DF and DG (round 7). Each sentence here is
// written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { mentions } from './support/readouts';

describe('officials (set DF): a later surname with a lower-case Arabic article', () => {
  it('"al-Hadrami" in running text after "Defence Minister Omar Nasser al-Hadrami" is him', () => {
    assert.deepEqual(mentions('Defence Minister Omar Nasser al-Hadrami spoke on Monday. Later, al-Hadrami said the plan was good.', 'official'), [
      'Defence Minister Omar Nasser al-Hadrami → Omar Nasser al-Hadrami',
      'al-Hadrami → Omar Nasser al-Hadrami',
    ]);
  });

  it('a lower-case prefixed word that is nobody\'s surname stays unmarked (guard)', () => {
    assert.deepEqual(mentions('Defence Minister Omar Nasser al-Hadrami spoke on Monday. Later, al-Mansour said the plan was good.', 'official'), [
      'Defence Minister Omar Nasser al-Hadrami → Omar Nasser al-Hadrami',
    ]);
  });
});

describe('officials (set DF): a party before an office, and a capitalised particle', () => {
  it('"Liberty Party MP Jan ter Horst" takes the party into the title; "Ter Horst said" after a quote is him', () => {
    assert.deepEqual(mentions('Liberty Party MP Jan ter Horst asked why the cabinet was buying jets. "The barracks are empty," Ter Horst said.', 'official'), [
      'Liberty Party MP Jan ter Horst → Jan ter Horst',
      'Ter Horst → Jan ter Horst',
    ]);
  });

  it('"Party" alone before the office is no party\'s name (guard); a particle inside a full name stays its own', () => {
    assert.deepEqual(mentions('In the Party MP Jan Horst spoke. Then Pieter Van Aalst, a farmer, spoke.', 'official'), [
      'MP Jan Horst → Jan Horst',
    ]);
  });
});

describe('officials (set DE): a readout\'s bare "The Secretary" between two secretaries', () => {
  it('after "A spoke today with Secretary B", "The Secretary" is A, the principal', () => {
    assert.deepEqual(mentions('Secretary of State Ana Voss spoke today with Philippine Secretary of Foreign Affairs Ben Cole. The Secretary reaffirmed the alliance.', 'official'), [
      'Secretary of State Ana Voss → Ana Voss',
      'Philippine Secretary of Foreign Affairs Ben Cole → Ben Cole',
      'The Secretary → Ana Voss',
    ]);
  });

  it('"Secretary Cole thanked the Secretary" thanks someone other than Cole', () => {
    assert.deepEqual(mentions('Secretary of State Ana Voss spoke today with Secretary of Foreign Affairs Ben Cole. Secretary Cole thanked the Secretary.', 'official'), [
      'Secretary of State Ana Voss → Ana Voss',
      'Secretary of Foreign Affairs Ben Cole → Ben Cole',
      'Secretary Cole → Ben Cole',
      'the Secretary → Ana Voss',
    ]);
  });

  it('with no call between them, "The Secretary" stays the one named last (guard)', () => {
    assert.deepEqual(mentions('Secretary of State Ana Voss arrived. Later, Secretary of Foreign Affairs Ben Cole arrived. The Secretary reaffirmed the alliance.', 'official'), [
      'Secretary of State Ana Voss → Ana Voss',
      'Secretary of Foreign Affairs Ben Cole → Ben Cole',
      'The Secretary → Ben Cole',
    ]);
  });
});

describe('officials (set DG): an office of a place no list names, before a full name', () => {
  it('"Chief Minister of Vandor Ravi Kesh" and "Governor of Kessa Lina Moro" keep the place in the title', () => {
    assert.deepEqual(mentions('Chief Minister of Vandor Ravi Kesh attended. Governor of Kessa Lina Moro spoke.', 'official'), [
      'Chief Minister of Vandor Ravi Kesh → Ravi Kesh',
      'Governor of Kessa Lina Moro → Lina Moro',
    ]);
  });

  it('a name of three words after the link is no place and a name (guard)', () => {
    assert.deepEqual(mentions('Chief Minister of Vandor Ravi Kesh Patel attended.', 'official'), []);
  });
});

describe('officials (set DF): a marshal\'s rank as a later reference', () => {
  it('"the air chief marshal" after "Air Chief Marshal Tor Feld" is him', () => {
    assert.deepEqual(mentions('Air Chief Marshal Tor Feld spoke. Later the air chief marshal said the jets were ready.', 'official'), [
      'Air Chief Marshal Tor Feld → Tor Feld',
      'the air chief marshal → Tor Feld',
    ]);
  });

  it('"the marshal" with no marshal named stays unmarked (guard)', () => {
    assert.deepEqual(mentions('General Tor Feld spoke. Later the marshal said the court was closed.', 'official'), [
      'General Tor Feld → Tor Feld',
    ]);
  });
});

describe('officials (set DF): a vocative after a question label naming its outlet', () => {
  it('"QUESTION (Daily Post): Secretary General, ..." addresses the secretary general named before', () => {
    assert.deepEqual(mentions('SECRETARY GENERAL ANA VOSS: Thank you.\n\nQUESTION (Daily Post): Secretary General, is the pact still credible?', 'official').filter((m) => m.startsWith('Secretary General')), [
      'Secretary General → Ana Voss',
    ]);
  });

  it('a label in mixed case is no speaker\'s label (guard)', () => {
    assert.deepEqual(mentions('SECRETARY GENERAL ANA VOSS: Thank you.\n\nThe minister (Daily Post): Secretary General, is the pact still credible?', 'official').filter((m) => m.startsWith('Secretary General')), []);
  });
});

describe('officials (set DG): a Korean given name in a label in capitals', () => {
  it('"MINISTER PARK JI-HOON" is Park Ji-hoon, the syllable after the hyphen in lower case', () => {
    assert.deepEqual(mentions('MINISTER PARK JI-HOON: Yes, we can.', 'official'), ['MINISTER PARK JI-HOON → Park Ji-hoon']);
  });

  it('a hyphenated surname in capitals after a Western given name keeps its capitals (guard)', () => {
    assert.deepEqual(mentions('MINISTER ANNA SMITH-JONES: Yes, we can.', 'official'), ['MINISTER ANNA SMITH-JONES → Anna Smith-Jones']);
  });
});
