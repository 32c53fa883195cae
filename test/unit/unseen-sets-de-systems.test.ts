// Rules drawn from the article sets DE, DF and DG (systems). Each sentence here is written
// for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { entities } from './support/readouts';

describe('systems: a family\'s name after the one variant the text names', () => {
  it('a variant with a letter written on ("Iskander-M ... the Iskander") is one system', () => {
    assert.deepEqual(entities('Kessa fired Iskander-M missiles at dawn. Only one battery can stop the Iskander.', 'system'), [
      'Iskander-M: Iskander-M | Iskander',
    ]);
  });

  it('the family\'s designation in the singular ("F-35A ... The F-35 will") is the variant', () => {
    assert.deepEqual(entities('Orvik ordered 32 F-35A Lightning II aircraft. The F-35 will arrive in 2030.', 'system'), [
      'F-35A: F-35A Lightning II | F-35',
    ]);
  });

  it('a variant by a block ("KF-21 Block I ... the KF-21") is one system', () => {
    assert.deepEqual(entities('Kessa built the first KF-21 Block I jet. The KF-21 flew in May.', 'system'), [
      'KF-21 Block I: KF-21 Block I | KF-21',
    ]);
  });

  it('a hyphened name is a family too ("IRIS-T SLM ... The IRIS-T")', () => {
    assert.deepEqual(entities('Kessa delivered IRIS-T SLM fire units in 2022. The IRIS-T has worked well.', 'system'), [
      'IRIS-T SLM: IRIS-T SLM | IRIS-T',
    ]);
  });

  it('"Gripen C/D" and "Gripen E/F" are two variants, and the family stays apart', () => {
    assert.deepEqual(entities('Orvik flies the Gripen C/D and will buy the Gripen E/F. The Gripen is cheap.', 'system'), [
      'Gripen C/D: Gripen C/D',
      'Gripen E/F: Gripen E/F',
      'Gripen: Gripen',
    ]);
  });

  it('a variant with a name of its own ("PAC-3 MSE" of the Patriot) or of a next generation ("Akash-NG") leaves the family apart', () => {
    assert.deepEqual(entities('Kessa fired PAC-3 MSE interceptors from a Patriot battery. Orvik tested the Akash-NG. The Akash is older.', 'system'), [
      'PAC-3 MSE: PAC-3 MSE',
      'Patriot: Patriot',
      'Akash-NG: Akash-NG',
      'Akash: Akash',
    ]);
  });

  it('the family named in the variant\'s sentence, or by its full name, stays the family', () => {
    assert.deepEqual(entities('Kessa fields the PL-10 and the export PL-10E. Orvik ordered 54 K9A1 howitzers. The K9 Thunder is used by Kessa.', 'system'), [
      'PL-10: PL-10',
      'PL-10E: PL-10E',
      'K9A1: K9A1',
      'K9: K9 Thunder',
    ]);
  });

  it('a family that a variant is said to be a version of stays the family', () => {
    assert.deepEqual(entities('Kessa bought the K9A1EGY howitzer, a local variant of the K9 Thunder.', 'system'), [
      'K9A1EGY: K9A1EGY',
      'K9: K9 Thunder',
    ]);
  });
});

describe('systems: a slash between the words of a spelled-out name', () => {
  it('"Navy/Marine Expeditionary Ship Interdiction System (NMESIS)" is two mentions of one system', () => {
    assert.deepEqual(entities('Kessa deployed the Navy/Marine Expeditionary Ship Interdiction System (NMESIS) to the islands.', 'system'), [
      'NMESIS: Navy/Marine Expeditionary Ship Interdiction System | NMESIS',
    ]);
  });

  it('"The Future Cruise/Anti-Ship Weapon" is found by its listed name', () => {
    assert.deepEqual(entities('The Future Cruise/Anti-Ship Weapon will fly in 2030.', 'system'), [
      'FC/ASW: Future Cruise/Anti-Ship Weapon',
    ]);
  });

  it('a slash between words of no name finds nothing ("Navy/Marine Corps units")', () => {
    assert.deepEqual(entities('Navy/Marine Corps units trained with Colonel Dara Ness.', 'system'), []);
  });
});

describe('systems: a variant that is one of a slashed pair', () => {
  it('"Gripen E/F ... the first Gripen E" is one variant, and the family\'s name joins it', () => {
    assert.deepEqual(entities('Orvik will buy the Gripen E/F. The first Gripen E came in May. The Gripen is cheap.', 'system'), [
      'Gripen E/F: Gripen E/F | Gripen E | Gripen',
    ]);
  });

  it('"F-16 Block 70/72 ... the F-16 Block 70 offer" is one variant', () => {
    assert.deepEqual(entities('Kessa has F-16 Block 70/72 jets. The F-16 Block 70 offer stands.', 'system'), [
      'F-16 Block 70/72: F-16 Block 70/72 | F-16 Block 70',
    ]);
  });

  it('a variant outside the pair stays apart ("F-16 Block 70/72 ... F-16 Block 52")', () => {
    assert.deepEqual(entities('Kessa has F-16 Block 70/72 jets and F-16 Block 52 jets.', 'system'), [
      'F-16 Block 70/72: F-16 Block 70/72',
      'F-16 Block 52: F-16 Block 52',
    ]);
  });
});

describe('systems: descriptions that refer back', () => {
  it('two demonyms joined by a hyphen refer back to a system of both ("the Indian-Russian missile")', () => {
    assert.deepEqual(entities('Orvik received the BrahMos cruise missile. Colonel Dara Ness said the Indian-Russian missile would be deployed.', 'system'), [
      'BrahMos: BrahMos | the Indian-Russian missile',
    ]);
  });

  it('a pair that is not the system\'s origin refers to nothing ("the French-German missile")', () => {
    assert.deepEqual(entities('Orvik received the BrahMos cruise missile. Colonel Dara Ness said the French-German missile would be deployed.', 'system'), [
      'BrahMos: BrahMos',
    ]);
  });

  it('"the boat" after a submarine and a frigate is the submarine', () => {
    assert.deepEqual(entities('Orvik ordered the S26T submarine. Kessa offered a Type 054A frigate instead of the boat.', 'system'), [
      'S26T: S26T | the boat',
      'Type 054A: Type 054A',
    ]);
  });

  it('what a variant is a version of is no reference ("the export version of the fifth-generation fighter")', () => {
    assert.deepEqual(entities('State media showed a Su-57E, the export version of the fifth-generation fighter.', 'system'), [
      'Su-57E: Su-57E',
    ]);
  });

  it('a version that is no appositive to a name refers back ("an upgraded version of the helicopter")', () => {
    assert.deepEqual(entities('Orvik flies the Rooivalk attack helicopter. Kessa is talking about an upgraded version of the helicopter.', 'system'), [
      'Rooivalk: Rooivalk | the helicopter',
    ]);
  });

  it('a reference after another "of" still refers ("the range of the fighter")', () => {
    assert.deepEqual(entities('State media showed a Su-57E. Colonel Dara Ness praised the range of the fighter.', 'system'), [
      'Su-57E: Su-57E | the fighter',
    ]);
  });
});

describe('systems: a variant\'s proper name in its own sentence', () => {
  it('"the AH-64E Apache program ... 96 Apaches" are one system (a proper name is no family set beside its variant)', () => {
    assert.deepEqual(entities('Officials praised the AH-64E Apache program, and the contract signed last year for 96 Apaches was large.', 'system'), [
      'AH-64E: AH-64E Apache | Apaches',
    ]);
  });
});

describe('systems: knowledge added from the DA-DG articles (public facts, sources in the data file)', () => {
  it('MEKO A100, MANSUP, Varunastra, Simbad-RC, KAB-250 and Su-22M4 are known; MRSAM is the Barak 8', () => {
    assert.deepEqual(entities('Orvik builds MEKO A100 frigates armed with the MANSUP missile and tested the Varunastra torpedo. '
      + 'Kessa fitted Simbad-RC launchers and dropped KAB-250 bombs and retired its Su-22M4 jets. '
      + 'They carry Barak-8 missiles, known locally as MRSAM.', 'system'), [
      'MEKO A-100: MEKO A100',
      'MANSUP: MANSUP',
      'Varunastra: Varunastra',
      'Simbad-RC: Simbad-RC',
      'KAB-250: KAB-250',
      'Su-22M4: Su-22M4',
      'Barak 8: Barak-8 | MRSAM',
    ]);
  });

  it('"KAB" and "KABs" are the Russian guided bomb series', () => {
    assert.deepEqual(entities('Residents face daily strikes by KAB guided glide bombs. Kessa dropped more KABs on the town.', 'system'), [
      'KAB: KAB | KABs',
    ]);
  });
});
