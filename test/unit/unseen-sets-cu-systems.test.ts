// Rules for weapon-system mentions drawn from the article sets CU, CV and CW (round 4). Each
// sentence here is written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { mentions } from './support/readouts';

const sys = (text: string): string[] => mentions(text, 'system');

describe('systems: an ambiguous name before a chassis or programme noun', () => {
  it('"the Boxer chassis" makes the name a system, and so its other mention', () => {
    assert.deepEqual(sys('Boxer output is rising. The turret sits on the Boxer chassis.'), ['Boxer → Boxer', 'Boxer → Boxer']);
  });

  it('"the Arrow program" is the system\'s programme', () => {
    assert.deepEqual(sys('The Arrow program is run by the ministry.'), ['Arrow → Arrow']);
  });

  it('an unknown designation before "programme" is a system', () => {
    assert.deepEqual(sys('The Navy said the F-150 programme is on time. The F150 will sail in 2029.'), ['F-150 → F-150', 'F150 → F-150']);
  });

  it('a name the knowledge base knows as a procurement programme stays unmarked before "programme"', () => {
    assert.deepEqual(sys('Warsaw said the Wisła programme was late.'), []);
  });

  it('a bare ambiguous name without such a noun stays unmarked', () => {
    assert.deepEqual(sys('Boxer output is rising this year.'), []);
  });
});

describe('systems: a maker\'s name before the system\'s (knowledge base: the AMV)', () => {
  it('"the Patria AMV" is the AMV', () => {
    assert.deepEqual(sys('The army compared the Patria AMV with its own design.'), ['AMV → AMV']);
  });

  it('a consortium\'s name that is part of the system\'s stays ("Eurofighter Typhoon")', () => {
    assert.deepEqual(sys('Rome ordered 24 Eurofighter Typhoon jets.'), ['Eurofighter Typhoon → Eurofighter Typhoon']);
  });
});

describe('systems: variants written after or before a name', () => {
  it('"EVO" and "Evolved" after a name are part of it', () => {
    assert.deepEqual(sys('The FREMM EVO design adds a radar; Jakarta chose the Scorpène Evolved boat.').map((m) => m.split(' → ')[0]), ['FREMM EVO', 'Scorpène Evolved']);
  });

  it('a lower-case "evolved" after a name is no part of it', () => {
    assert.deepEqual(sys('The FREMM design evolved over time.').map((m) => m.split(' → ')[0]), ['FREMM']);
  });

  it('"Tranche" and "Batch" number a lot after a name, as "Block" does', () => {
    assert.deepEqual(sys('The Typhoon Tranche 4 jets stay in service.').map((m) => m.split(' → ')[0]), ['Typhoon Tranche 4']);
  });
});

describe('systems: ships named in apposition', () => {
  it('a name in apposition to a vessel noun, with its hull number in parentheses', () => {
    assert.deepEqual(sys('The lead boat, Juan Ferrer (S-91), entered service, and the second submarine, Luis Ortega, will follow.'), [
      'Juan Ferrer → Juan Ferrer', 'S-91 → Juan Ferrer', 'Luis Ortega → Luis Ortega',
    ]);
  });

  it('a one-word name in apposition is filed for its later mentions alone', () => {
    assert.deepEqual(sys('The new frigate, Valdemar, was launched. Valdemar will sail in May.'), ['Valdemar → Valdemar', 'Valdemar → Valdemar']);
  });

  it('no name after a vessel noun and a comma when a verb follows it, nor a country', () => {
    assert.deepEqual(sys('The frigate, officials said, was late. The ship, France, and Spain were named.'), []);
  });

  it('a company\'s capitalised "Boat" is no vessel noun', () => {
    assert.deepEqual(sys('Northern Boat, Portland, Maine, won a contract.'), []);
  });
});

describe('systems: back-references', () => {
  it('"the same system" is the system just named', () => {
    assert.deepEqual(sys('Seoul sells the KM-SAM abroad. The UAE bought the same system in 2022.'), ['KM-SAM → KM-SAM', 'the same system → KM-SAM']);
  });

  it('"the same" before a modified head compares and is not marked', () => {
    assert.deepEqual(sys('Both navies fly the Rafale M. They will share the same combat aircraft.'), ['Rafale M → Rafale M']);
  });

  it('a head with a relative clause without "that" is any that fit it', () => {
    assert.deepEqual(sys('We fired many THAAD interceptors. Do you have the interceptors you need?'), ['THAAD → THAAD']);
  });
});
