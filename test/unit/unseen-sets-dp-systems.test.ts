// Rules drawn from the article sets DO-DR, second round (systems). Each sentence here is written for
// the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine/analyze';
import { entities } from './support/readouts';

describe('systems: an unknown name of three capitalised words before its noun (sets DO-DR)', () => {
  it('"the Kestrel Sky Shield radar" is a system of three words, also after a maker', () => {
    assert.deepEqual(entities('Each frigate gets the Thales Kestrel Sky Shield radar. The Kestrel Sky Shield was tested.', 'system'), [
      'Kestrel Sky Shield: Kestrel Sky Shield | Kestrel Sky Shield',
    ]);
  });

  it('a fielder of three words before a noun is no name (guard)', () => {
    assert.deepEqual(entities('Orvik toured the Royal Australian Navy frigate and the United Kingdom radar.', 'system'), []);
  });
});

describe('systems: a bare known name that is also a word, in an article about systems', () => {
  it('"Patriot is proven" and "be Patriot?" count after another system is named', () => {
    assert.deepEqual(entities('Orvik wants more SAMP/T batteries. Would that be Patriot? Patriot is proven in Ukraine.', 'system'), [
      'SAMP/T: SAMP/T',
      'Patriot: Patriot | Patriot',
    ]);
  });

  it('a longer name, a place or a lower-case word stays unmarked (guard)', () => {
    assert.deepEqual(entities('Orvik wants more SAMP/T batteries. The Patriot Act is old. Kessa moved to Derby. Orvik is a patriot.', 'system'), [
      'SAMP/T: SAMP/T',
    ]);
  });
});

describe('systems: a back-reference to a vessel the knowledge base does not know', () => {
  it('"these frigates" after "four ZX-12 frigates" are the ZX-12s', () => {
    assert.deepEqual(entities('Orvik ordered four ZX-12 frigates. Kessa said these frigates were late.', 'system'), [
      'ZX-12: ZX-12 | these frigates',
    ]);
  });

  it('with a second frigate named, "the frigates" are neither one (no longer the last one named)', () => {
    assert.deepEqual(entities('Orvik ordered four ZX-12 frigates and the Type 26 frigate. Kessa said the frigates were late.', 'system'), [
      'ZX-12: ZX-12',
      'Type 26: Type 26',
    ]);
  });
});

describe('systems: the Russian Poseidon torpedo read past a hyphened adjective', () => {
  it('"the Poseidon nuclear-armed torpedo" is the knowledge base\'s Poseidon, not an unknown system', () => {
    const out = analyze('Kessa tested the Poseidon nuclear-armed torpedo.').entities.filter((e) => e.type === 'system');
    assert.deepEqual(out.map((e) => [e.name, e.attributes['unknown'] === true, e.attributes['origin']]), [['Poseidon', false, 'Russia']]);
  });

  it('its designation "2M39" names it', () => {
    assert.deepEqual(entities('Kessa tested the 2M39 torpedo.', 'system'), ['Poseidon: 2M39']);
  });

  it('"the Poseidon long-range aircraft" stays the P-8 (guard)', () => {
    assert.deepEqual(entities('Orvik flew the Poseidon long-range aircraft.', 'system'), ['P-8: Poseidon']);
  });
});

describe('systems: a designation of two digits and capitals', () => {
  it('"known in Japan as the 07FFX" and "12FFX frigates" are designations', () => {
    assert.deepEqual(entities('The design, known in Japan as the 07FFX, is larger. Kessa ordered twelve 12FFX frigates.', 'system'), [
      '07FFX: 07FFX',
      '12FFX: 12FFX',
    ]);
  });

  it('a fiscal year, an ordinal or a calibre is none (guard)', () => {
    assert.deepEqual(entities('The 06FY budget passed. THE 2ND TANK BATTALION fired 20MM guns.', 'system'), []);
  });
});

describe('systems: an unknown class before a type written as a title', () => {
  it('"the Kessa-class Offshore Patrol Vessel" and "a Vorn Talo-class Frigate" are classes', () => {
    assert.deepEqual(entities('Orvik sailed the Kessa-class Offshore Patrol Vessel. Kessa bought a Vorn Talo-class Frigate.', 'system'), [
      'Kessa-class: Kessa-class',
      'Vorn Talo-class: Vorn Talo-class',
    ]);
  });

  it('a capitalised word that is no type ends the search (guard)', () => {
    assert.deepEqual(entities('Orvik sailed the Kessa-class Navy Vessel.', 'system'), []);
  });
});
