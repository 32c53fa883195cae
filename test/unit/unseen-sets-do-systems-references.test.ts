// Rules drawn from the article sets DO-DR (systems: variants, descriptive references, false
// positives). Each sentence here is written for the test; none is taken from an article, and the
// people are invented.
import * as assert from 'node:assert/strict';
import { entities } from './support/readouts';

describe('systems: a family set beside its one variant (sets DO-DR)', () => {
  it('the family\'s name before its variant\'s in one sentence stays the family ("36 Rafales ... 26 Rafale M")', () => {
    assert.deepEqual(entities('Kessa operates 36 Rafales and has ordered 26 Rafale M fighters.', 'system'), [
      'Rafale: Rafales',
      'Rafale M: Rafale M',
    ]);
  });

  it('a proper name written after a variant\'s designation still makes the family\'s plural the variant (guard)', () => {
    assert.deepEqual(entities('Orvik bought the AH-64E Apache in 2020 and signed a contract for 12 Apaches.', 'system'), [
      'AH-64E: AH-64E Apache | Apaches',
    ]);
  });

  it('the family\'s designation without the model letters before the same block is one variant ("F-16C/D Block 70/72" ... "F-16 Block 70/72")', () => {
    assert.deepEqual(entities('Orvik wants twenty F-16C/D Block 70/72 aircraft. The F-16 Block 70/72 fleet would replace older jets. The AIM-9X is carried on the F-16.', 'system'), [
      'F-16C/D Block 70/72: F-16C/D Block 70/72 | F-16 Block 70/72 | F-16',
      'AIM-9X: AIM-9X',
    ]);
  });

  it('another name of the family before the same mark is that variant ("LCA Mk1A" ... "Tejas Mk1A"), and the bare name after it joins', () => {
    assert.deepEqual(entities('Marshal Kell Varo urged faster deliveries of the LCA Mk1A. The first Tejas Mk-1A jets will be handed over in October. The missiles will arm the Tejas fleet.', 'system'), [
      'Tejas Mk-1A: LCA Mk1A | Tejas Mk-1A | Tejas',
    ]);
  });

  it('two blocks of one family stay two variants (guard)', () => {
    assert.deepEqual(entities('Orvik flies F-16C Block 50 jets and has ordered F-16 Block 70 jets.', 'system'), [
      'F-16C Block 50: F-16C Block 50',
      'F-16 Block 70: F-16 Block 70',
    ]);
  });
});

describe('systems: a possessive descriptive reference (sets DO-DR)', () => {
  it('"the nuclear submarine\'s budget" refers back, without the "\'s", though "budget" makes compounds', () => {
    assert.deepEqual(entities('Orvik is building the Álvaro Alberto. Minister Kell Varo said the government would protect the nuclear submarine\'s budget.', 'system'), [
      'SN-BR: Álvaro Alberto | the nuclear submarine',
    ]);
  });

  it('"the submarine budget" without a possessive stays a compound (guard)', () => {
    assert.deepEqual(entities('Orvik is building the Álvaro Alberto. Minister Kell Varo said the government would protect the submarine budget.', 'system'), [
      'SN-BR: Álvaro Alberto',
    ]);
  });

  it('"the ship\'s company" is its crew, no reference (guard)', () => {
    assert.deepEqual(entities('Orvik commissioned two Type 26 frigates. Admiral Kell Varo thanked the ship\'s company.', 'system'), [
      'Type 26: Type 26',
    ]);
  });
});

describe('systems: names that are no system (sets DO-DR)', () => {
  it('a defined name before "competition" is a procurement, not a system ("Multi-Role Fighter Aircraft (MRFA) competition")', () => {
    assert.deepEqual(entities('Kessa reopened its Multi-Role Fighter Aircraft (MRFA) competition for 114 jets. The MRFA has stalled.', 'system'), []);
  });

  it('a defined name before another noun stays a system (guard)', () => {
    assert.deepEqual(entities('Kessa will build its Northern Over-the-Horizon Radar (N-OTHR) station. The N-OTHR will watch the pole.', 'system'), [
      'Northern Over-the-Horizon Radar: Northern Over-the-Horizon Radar | N-OTHR | N-OTHR',
    ]);
  });

  it('"the E3\'s move" is the group\'s: a letter and a digit with a possessive need a system noun or a clear mention', () => {
    assert.deepEqual(entities('Minister Kell Varo rejected the E3\'s move. France, Germany and the United Kingdom, known as the E3, wrote to the council.', 'system'), []);
  });

  it('the possessive of "E3" after a clear mention is the aircraft (guard)', () => {
    assert.deepEqual(entities('Orvik flies two E3 aircraft. The E3\'s radar was upgraded.', 'system'), [
      'E-3: E3 | E3',
    ]);
  });
});

describe('systems: satellites as a descriptive head (sets DO-DR)', () => {
  it('"The satellites" after a satellite system named before refer back to it', () => {
    assert.deepEqual(entities('The first Next-Gen OPIR satellite will launch in 2026. The satellites are meant to succeed older ones, General Kell Varo said.', 'system'), [
      'Next-Gen OPIR: Next-Gen OPIR | The satellites',
    ]);
  });

  it('"the satellite industry" is no reference (guard)', () => {
    assert.deepEqual(entities('The first Next-Gen OPIR satellite will launch in 2026. The satellite industry grew, General Kell Varo said.', 'system'), [
      'Next-Gen OPIR: Next-Gen OPIR',
    ]);
  });
});

describe('systems: a class\'s designation and its name (sets DO-DR)', () => {
  it('"DDG-51 Arleigh Burke destroyers" is one mention, the designation and its proper name', () => {
    assert.deepEqual(entities('The bill funds two DDG-51 Arleigh Burke destroyers, Senator Kell Varo said.', 'system'), [
      'Arleigh Burke-class: DDG-51 Arleigh Burke',
    ]);
  });

  it('the designation and the name apart stay two mentions (guard)', () => {
    assert.deepEqual(entities('The bill funds two DDG-51 hulls and three Arleigh Burke destroyers, Senator Kell Varo said.', 'system'), [
      'Arleigh Burke-class: DDG-51 | Arleigh Burke',
    ]);
  });
});
