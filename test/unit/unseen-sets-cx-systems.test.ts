// Rules drawn from the article sets CX, CY and CZ (systems). Each sentence here is written for
// the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { entities } from './support/readouts';

describe('systems: a known class named before its vessel noun without "-class"', () => {
  it('"the Hunter frigate" and "Virginia boats" are the Hunter and Virginia classes', () => {
    assert.deepEqual(entities('Canberra is building the Hunter frigate at Osborne. The yard builds Virginia boats slowly.', 'system'), [
      'Type 26: Hunter',
      'Virginia-class: Virginia',
    ]);
  });

  it('a capitalised upgrade word before the name is part of it ("the Upgraded Mogami frigate")', () => {
    assert.deepEqual(entities('Tokyo offered the Upgraded Mogami frigate to Canberra.', 'system'), [
      'Mogami-class: Upgraded Mogami',
    ]);
  });

  it('a two-word class name keeps its first word ("Arleigh Burke destroyers")', () => {
    assert.deepEqual(entities('The Navy ordered nine more Arleigh Burke destroyers.', 'system'), [
      'Arleigh Burke-class: Arleigh Burke',
    ]);
  });

  it('a place of the same name before no vessel noun stays a place', () => {
    assert.deepEqual(entities('Admiral Tess Orlow visited Virginia. The frigates sailed on.', 'system'), []);
  });
});

describe('systems: a generic plural or a described noun is no back-reference', () => {
  it('a plural does not repeat a system named as one item ("a ... missile ... the missiles")', () => {
    assert.deepEqual(entities('The Arrow 3 intercepted a Palestine-2 missile. Israel has intercepted most of the missiles launched since 2023.', 'system'), [
      'Arrow 3: Arrow 3',
      'Palestine-2: Palestine-2',
    ]);
  });

  it('a plural after a plural mention still repeats it', () => {
    assert.deepEqual(entities('Poland bought Patriot missiles. The missiles arrived in May.', 'system'), [
      'Patriot: Patriot | The missiles',
    ]);
  });

  it('a noun the sentence identifies as another system is no reference to the first', () => {
    assert.deepEqual(entities('The U.S. deployed a THAAD battery. Destroyers downed two cruise missiles; the missiles were identified as Samad-3 drones.', 'system'), [
      'THAAD: THAAD',
      'Samad-3: Samad-3',
    ]);
  });

  it('a singular after a singular mention still repeats it', () => {
    assert.deepEqual(entities('Iran fired a Fattah missile. The missile flew far.', 'system'), [
      'Fattah: Fattah | The missile',
    ]);
  });

  it('a ship noun before "decision" modifies it ("The frigate decision")', () => {
    assert.deepEqual(entities('Australia ordered Hunter-class frigates. The frigate decision is a strategic one.', 'system'), [
      'Type 26: Hunter-class',
    ]);
  });
});

describe('systems: cannons', () => {
  it('a designation before "cannon", with its calibre between, is a system', () => {
    assert.deepEqual(entities('Both designs must mount the XM913 50mm cannon and the M242 cannon.', 'system'), [
      'XM913: XM913',
      'M242: M242',
    ]);
  });

  it('a calibre before another noun names no system', () => {
    assert.deepEqual(entities('The battery fired 155mm shells and a water cannon at the crowd.', 'system'), []);
  });
});

describe('systems: more descriptive back-references', () => {
  it('"the new ICBM" is the intercontinental missile just named', () => {
    assert.deepEqual(entities('Pyongyang tested the Hwasong-19 on Friday. Analysts said the new ICBM had flown far.', 'system'), [
      'Hwasong-19: Hwasong-19 | the new ICBM',
    ]);
  });

  it('"The ICBM" alone is not marked', () => {
    assert.deepEqual(entities('Pyongyang tested the Hwasong-19 on Friday. The ICBM flew far.', 'system'), [
      'Hwasong-19: Hwasong-19',
    ]);
  });

  it('"the airlifter" is the transport aircraft just named, not a fighter', () => {
    assert.deepEqual(entities('Lisbon will receive more KC-390 Millennium transports. Officials praised the airlifter.', 'system'), [
      'C-390: KC-390 Millennium | the airlifter',
    ]);
    assert.deepEqual(entities('Lisbon will receive more Rafale fighters. Officials praised the airlifter.', 'system'), [
      'Rafale: Rafale',
    ]);
  });

  it('"to" and a count after the head is where the count goes ("fleet of the French fighter to 84")', () => {
    assert.deepEqual(entities('Cairo now flies 54 Rafale fighters. It plans to bring its fleet of the French fighter to 84.', 'system'), [
      'Rafale: Rafale | the French fighter',
    ]);
  });

  it('"to" and a place after the head still narrows it ("the fighter to Brest" is not marked)', () => {
    assert.deepEqual(entities('Cairo now flies 54 Rafale fighters. It compared the fighter to others.', 'system'), [
      'Rafale: Rafale',
    ]);
  });
});

describe('systems: a bare block coordinated after a named block', () => {
  it('"Tomahawk Block IV and Block V" names two variants of the Tomahawk', () => {
    assert.deepEqual(entities('Tokyo ordered a mix of Tomahawk Block IV and Block V rounds.', 'system'), [
      'Tomahawk Block IV: Tomahawk Block IV',
      'Tomahawk Block V: Block V',
    ]);
  });

  it('a bare block after a name without one is left alone', () => {
    assert.deepEqual(entities('Tokyo ordered Tomahawk missiles and Block V kits.', 'system'), [
      'Tomahawk: Tomahawk',
    ]);
  });
});

describe('systems: a Roman numeral for a listed number', () => {
  it('"Hyunmoo-V" is the Hyunmoo-5, one system with it', () => {
    assert.deepEqual(entities('Seoul unveiled the Hyunmoo-5 in October. Officials said the Hyunmoo-V could reach bunkers.', 'system'), [
      'Hyunmoo: Hyunmoo-5 | Hyunmoo-V',
    ]);
  });

  it('letters after a hyphen that are no Roman numeral stay a variant ("Rafale-M")', () => {
    assert.deepEqual(entities('The Rafale-M flew from the carrier.', 'system'), [
      'Rafale-M: Rafale-M',
    ]);
  });
});

describe('systems: a known name before an unknown designation', () => {
  it('is the proper-name part of its span ("Quds Z-0")', () => {
    assert.deepEqual(entities('Officials identified the weapons as Quds Z-0 cruise missiles.', 'system'), [
      'Quds Z-0: Quds Z-0',
    ]);
  });

  it('a known designation after the name is left as it was ("Quds-1")', () => {
    assert.deepEqual(entities('Officials said the Quds-1 cruise missile flew.', 'system'), [
      'Quds: Quds-1',
    ]);
  });
});

describe('systems: plurals after variants and single items, more', () => {
  it('a plural after two variants of a family named together is the family, when it was named', () => {
    assert.deepEqual(entities('Tokyo will buy 400 Tomahawk missiles, a mix of Tomahawk Block IV and Block V rounds. Officials will integrate the missiles onto destroyers.', 'system'), [
      'Tomahawk: Tomahawk | the missiles',
      'Tomahawk Block IV: Tomahawk Block IV',
      'Tomahawk Block V: Block V',
    ]);
  });

  it('a mention without a noun does not undo a single item ("a Palestine-2 missile ... the Palestine-2 ... the missiles")', () => {
    assert.deepEqual(entities('The group used a Palestine-2 missile. Analysts say the Palestine-2 resembles others. Defences intercepted most of the missiles launched since 2023.', 'system'), [
      'Palestine-2: Palestine-2 | Palestine-2',
    ]);
  });
});
