// Rules drawn from the article sets DL, DM and DN, with leftovers of DH-DK (systems). Each sentence
// here is written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { entities } from './support/readouts';

describe('systems: knowledge-base spellings (sets DL-DN)', () => {
  it('"SPz Puma" is the Puma, and makes the bare name later count', () => {
    assert.deepEqual(entities('Orvik ordered the SPz Puma in 2009. The Puma suffered problems.', 'system'), [
      'Puma: SPz Puma | Puma',
    ]);
  });

  it('"IRIS T SLM" with a space is the IRIS-T SLM', () => {
    assert.deepEqual(entities('Kessa bought IRIS T SLM fire units.', 'system'), [
      'IRIS-T SLM: IRIS T SLM',
    ]);
  });

  it('"Gepard 3.9" frigates are the Russian export class, its number in the span', () => {
    assert.deepEqual(entities('Orvik bought two Gepard 3.9 frigates.', 'system'), [
      'Gepard 3.9: Gepard 3.9',
    ]);
  });

  it('the German Gepard gun stays the Gepard (guard)', () => {
    assert.deepEqual(entities('Kessa sent Flakpanzer Gepard guns to Orvik.', 'system'), [
      'Gepard: Flakpanzer Gepard',
    ]);
  });

  it('"Belharra-class" and "Belharra" are one class, the FDI', () => {
    assert.deepEqual(entities('Orvik ordered four Belharra-class frigates. The first Belharra frigate sailed.', 'system'), [
      "Amiral Ronarc'h-class: Belharra-class | Belharra",
    ]);
  });
});

describe('systems: an ambiguous name read by an "underwater" noun', () => {
  it('"the Poseidon underwater vehicle" is the nuclear torpedo', () => {
    assert.deepEqual(entities('Kessa continues to develop the Burevestnik cruise missile and the Poseidon underwater vehicle.', 'system'), [
      'Burevestnik: Burevestnik',
      'Poseidon: Poseidon',
    ]);
  });

  it('"Poseidon aircraft" stays the P-8 (guard)', () => {
    assert.deepEqual(entities('Orvik will acquire two P-8A Poseidon aircraft.', 'system'), [
      'P-8A: P-8A Poseidon',
    ]);
  });
});

describe('systems: a known name in a hyphenated compound', () => {
  it('a participle written onto a one-word name ("Kinzhal-intercepting") leaves the name', () => {
    assert.deepEqual(entities('Kessa fielded Kinzhal-intercepting batteries.', 'system'), [
      'Kinzhal: Kinzhal',
    ]);
  });

  it('a descriptor on the last word of a longer name ("Storm Shadow-armed") leaves the name', () => {
    assert.deepEqual(entities('Orvik flew Storm Shadow-armed jets.', 'system'), [
      'Storm Shadow: Storm Shadow',
    ]);
  });

  it('a capitalised word with a participle that is no known name stays unmarked (guard)', () => {
    assert.deepEqual(entities('Kessa praised the Orvik-based crews.', 'system'), []);
  });
});

describe('systems: "drills" after a system the article has named', () => {
  it('"HIMARS drills" after a clear mention of HIMARS is a second mention', () => {
    assert.deepEqual(entities('Kessa will train with HIMARS next month. HIMARS drills are planned.', 'system'), [
      'HIMARS: HIMARS | HIMARS',
    ]);
  });

  it('an exercise with a modifier ("joint drills") still leaves the name out (guard)', () => {
    assert.deepEqual(entities('Kessa bought HIMARS. HIMARS joint drills are planned.', 'system'), [
      'HIMARS: HIMARS',
    ]);
  });
});

describe('systems: a class written after where it was built', () => {
  it('"Chinese-built Keris-class" is the Keris-class', () => {
    assert.deepEqual(entities('Kessa bought four Chinese-built Keris-class vessels.', 'system'), [
      'Keris-class: Keris-class',
    ]);
  });

  it('a name of two words before "-class" stays whole (guard)', () => {
    assert.deepEqual(entities('Orvik bought three Maharaja Lela-class ships.', 'system'), [
      'Maharaja Lela-class: Maharaja Lela-class',
    ]);
  });
});

describe('systems: a nationality in a reference agrees with a prefixed ship\'s navy', () => {
  it('"The Chinese vessel" is not the Australian ship named before', () => {
    assert.deepEqual(entities('The first ship, HMAS Orvik, is the lead ship of the class. The Chinese vessel used its water cannon on BRP Kessa Dal.', 'system'), [
      'HMAS Orvik: HMAS Orvik',
      'BRP Kessa Dal: BRP Kessa Dal',
    ]);
  });

  it('"The Australian vessel" is still the Australian ship (guard)', () => {
    assert.deepEqual(entities('HMAS Orvik sailed in May. The Australian vessel docked in Darwin.', 'system'), [
      'HMAS Orvik: HMAS Orvik | The Australian vessel',
    ]);
  });
});

describe('systems: back-references (sets DL-DN)', () => {
  it('a reference with an infinitive after it ("expected the jets to arrive") is the system', () => {
    assert.deepEqual(entities('Kessa ordered Rafale fighters from Dassault, and the air force expected the jets to arrive next year.', 'system'), [
      'Rafale: Rafale | the jets',
    ]);
  });

  it('"to" before a noun phrase still leaves the head out (guard)', () => {
    assert.deepEqual(entities('Kessa sold Rafale jets. Orvik sent the jets to the front.', 'system'), [
      'Rafale: Rafale',
    ]);
  });

  it('"The additional aircraft" are the additional ones just named', () => {
    assert.deepEqual(entities('Orvik will acquire two additional P-8A Poseidon aircraft. The additional aircraft will be procured through Foreign Military Sales.', 'system'), [
      'P-8A: P-8A Poseidon | The additional aircraft',
    ]);
  });

  it('"the new tank" is not the tank the new one replaces', () => {
    assert.deepEqual(entities('Challenger 3 replaces the Challenger 2. Walker said the new tank would give the army punch.', 'system'), [
      'Challenger 3: Challenger 3 | the new tank',
      'Challenger 2: Challenger 2',
    ]);
  });

  it('with nothing said to be replaced, "the new tank" stays the one named last (guard)', () => {
    assert.deepEqual(entities('Orvik will buy the Challenger 3 and keep the Challenger 2. Walker said the new tank would give the army punch.', 'system'), [
      'Challenger 3: Challenger 3',
      'Challenger 2: Challenger 2 | the new tank',
    ]);
  });
});

describe('systems: a programme\'s full name and its initials', () => {
  it('"Main Ground Combat System (MGCS)" is a name, "Main" being no category word there', () => {
    assert.deepEqual(entities('The Main Ground Combat System (MGCS) is due to replace the Leopard 2. Work on MGCS continues.', 'system'), [
      'Main Ground Combat System: Main Ground Combat System | MGCS | MGCS',
      'Leopard 2: Leopard 2',
    ]);
  });

  it('"Main Battle Tank (MBT)" stays a category (guard)', () => {
    assert.deepEqual(entities('Kessa fields a Main Battle Tank (MBT) fleet.', 'system'), []);
  });
});

describe('systems: a known ship by its name alone (set DN)', () => {
  it('"INS Vikrant" then "Vikrant" is the same carrier', () => {
    assert.deepEqual(entities('The jets will fly from INS Vikrant before embarking on Vikrant in 2029. Vikrant sails in May.', 'system'), [
      'INS Vikrant: INS Vikrant | Vikrant | Vikrant',
    ]);
  });

  it('a ship\'s name of two words is not filed alone: "Queen Elizabeth" after "HMS Queen Elizabeth" (guard)', () => {
    assert.deepEqual(entities('HMS Queen Elizabeth sailed on Monday. Queen Elizabeth later docked.', 'system'), [
      'Queen Elizabeth-class: HMS Queen Elizabeth',
    ]);
  });
});
