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

describe('systems: generic references that name no one system', () => {
  it('"the submarine gap" is no reference to a submarine', () => {
    assert.deepEqual(mentions('The navy operates six Kalvari-class boats. An officer said the submarine gap worried him.', 'system'), [
      'Kalvari-class → Scorpène-class',
    ]);
  });

  it('a plural after two systems named together, each once, marks neither', () => {
    assert.deepEqual(mentions('Paris will send Ground Master 200 radars and Mistral missiles. The French systems will replace old launchers.', 'system'), [
      'Ground Master 200 → Ground Master 200',
      'Mistral → Mistral',
    ]);
  });

  it('a plural after one system named twice and another once still means the first', () => {
    assert.deepEqual(mentions('Oman ordered Rafale jets. Saab had offered the Gripen E. The Rafale won. Deliveries of the jets start in 2028.', 'system'), [
      'Rafale → Rafale',
      'Gripen E → Gripen E',
      'Rafale → Rafale',
      'the jets → Rafale',
    ]);
  });

  it('a description its sentence goes on to name is cataphoric and unmarked', () => {
    assert.deepEqual(mentions('Britain leads GCAP with Italy. The fighter jet being designed under the programme, long referred to as Tempest, will fly in 2035.', 'system'), [
      'GCAP → GCAP',
      'Tempest → GCAP',
    ]);
  });

  it('"the system, also known as ..." after a name is still that system', () => {
    assert.deepEqual(mentions('Riyadh bought the Cheongung II missile system. The deal covers ten batteries of the system, also known as the KM-SAM Block II, and training.', 'system').map((s) => s.split(' → ')[0]), [
      'Cheongung II', 'the system', 'KM-SAM Block II',
    ]);
  });
});

describe('systems: back-references with other heads', () => {
  it('"the donated system" after a system just named is that system', () => {
    assert.deepEqual(mentions('Bucharest gave one of its NASAMS batteries to Kyiv in May. The ministry said the donated system would be replaced soon.', 'system'), [
      'NASAMS → NASAMS',
      'the donated system → NASAMS',
    ]);
  });

  it('a participle before a bare head with no system just named marks nothing', () => {
    assert.deepEqual(mentions('The opposition said the proposed system of quotas was unfair.', 'system'), []);
  });

  it('"The 8x8 vehicle" is the wheeled carrier named before', () => {
    assert.deepEqual(mentions('The army took delivery of Boxer armoured vehicles this spring. The 8x8 vehicle will also carry a mortar.', 'system'), [
      'Boxer → Boxer',
      'The 8x8 vehicle → Boxer',
    ]);
  });

  it('"The carrier-borne fighter" is the naval fighter named before', () => {
    assert.deepEqual(mentions('The navy will buy 26 Rafale M fighters for its carrier. The carrier-borne fighter will enter service in 2029.', 'system'), [
      'Rafale M → Rafale M',
      'The carrier-borne fighter → Rafale M',
    ]);
  });
});
