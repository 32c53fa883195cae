// Rules drawn from the article sets of the thirteenth session's second round (CO, CP, CQ). Each
// sentence here is written for the test; none is taken from an article.
import * as assert from 'node:assert/strict';
import { mentions } from './support/readouts';

describe('systems: a designation written without its hyphen, a name with one', () => {
  it('"Shahed 136" is the Shahed-136, not a variant "136" (the maker\'s word opens the name)', () => {
    assert.deepEqual(mentions('Tehran denied it sold Shahed 136 drones. A Shahed-136 fell near Kharkiv.', 'system'), [
      'Shahed 136 → Shahed-136',
      'Shahed-136 → Shahed-136',
    ]);
  });

  it('"Tor M2" is one mention of the Tor-M2, not the Tor and an "M2"', () => {
    assert.deepEqual(mentions('Crews of Tor M2 complexes shot down four drones overnight.', 'system'), ['Tor M2 → Tor M2']);
  });

  it('a number that is no designation of the name\'s system stays apart ("Tor 2" is no listed Tor)', () => {
    assert.deepEqual(mentions('Crews of Tor 2 complexes shot down four drones overnight.', 'system'), []);
  });

  it('"Iron-Beam" is the Iron Beam', () => {
    assert.deepEqual(mentions('Officials said Iron-Beam would be offered to partners. The Iron Beam laser is cheap to fire.', 'system'), [
      'Iron-Beam → Iron Beam',
      'Iron Beam → Iron Beam',
    ]);
  });

  it('hyphened words that are no system\'s name stay unmarked', () => {
    assert.deepEqual(mentions('The Iron-Age fort and the Anglo-French summit drew crowds.', 'system'), []);
  });
});

describe('systems: a class name and a designation side by side', () => {
  it('"Sachsen-class F124 frigates" are two mentions', () => {
    assert.deepEqual(mentions('The navy will rely on its Sachsen-class F124 frigates until 2035.', 'system'), [
      'Sachsen-class → Sachsen-class',
      'F124 → Sachsen-class',
    ]);
  });

  it('a name and a designation of one system stay one mention ("Zircon 3M22")', () => {
    assert.deepEqual(mentions('The frigate fired a Zircon 3M22 missile in the drill.', 'system'), ['Zircon 3M22 → Zircon']);
  });
});

describe('systems: an ambiguous name with a compound descriptor', () => {
  it('"the Patriot ground-based air defence system" is the Patriot', () => {
    assert.deepEqual(mentions('Deliveries of the Patriot ground-based air defence system were delayed.', 'system'), ['Patriot → Patriot']);
  });

  it('"its five Patriot fire units" is the Patriot', () => {
    assert.deepEqual(mentions('The army said it might receive its five Patriot fire units late.', 'system'), ['Patriot → Patriot']);
  });

  it('"Patriot fire" without a unit is no context', () => {
    assert.deepEqual(mentions('The Patriot fire station reopened on Monday.', 'system'), []);
  });
});
