// Rules drawn from the article sets DO-DR (systems: designations, names, knowledge base). Each
// sentence here is written for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { entities } from './support/readouts';

describe('systems: engine and gun designations (sets DO-DR)', () => {
  it('a turbine engine model designation with its maker code ("F110-GE-129D") is a system', () => {
    assert.deepEqual(entities('Orvik asked for ten F110-GE-129D or F100-PW-229EEP engines.', 'system'), [
      'F110-GE-129D: F110-GE-129D',
      'F100-PW-229EEP: F100-PW-229EEP',
    ]);
  });

  it('known engines and guns by designation: "F414 engines", "EJ200", "M61A1 Vulcan"', () => {
    assert.deepEqual(entities('Kessa will build F414 engines and EJ200 engines, and fit M61A1 Vulcan guns.', 'system'), [
      'F414: F414',
      'EJ200: EJ200',
      'M61A1: M61A1 Vulcan',
    ]);
  });

  it('"F110 frigates" stay a frigate class, not an engine (guard)', () => {
    assert.deepEqual(entities('The F110 frigates will replace older ships.', 'system'), [
      'F110: F110',
    ]);
  });

  it('a part number with hyphens and no maker code is no engine (guard)', () => {
    assert.deepEqual(entities('Orvik filed form SF-86-2024 and then left.', 'system'), []);
  });
});

describe('systems: knowledge-base records (sets DO-DR)', () => {
  it('the F-21, the Harry DeWolf-class, IFPC and SkyLock', () => {
    assert.deepEqual(entities('The F-21 competes. Orvik saw a Harry DeWolf-class Arctic and Offshore Patrol Ship, more Indirect Fire Protection Capability launchers and the SkyLock counter-drone system.', 'system'), [
      'F-21: F-21',
      'Harry DeWolf-class: Harry DeWolf-class',
      'IFPC: Indirect Fire Protection Capability',
      'SkyLock: SkyLock',
    ]);
  });
});

describe('systems: variant suffixes after a designation (sets DO-DR)', () => {
  it('an all-capitals variant suffix written apart is in the span ("U212 NFS", "T-72M4 CZ")', () => {
    assert.deepEqual(entities('Kessa operates the U212 NFS, the T-72M4 CZ and the JAS 39C/D Gripen.', 'system'), [
      'Type 212: U212 NFS',
      'T-72M4: T-72M4 CZ',
      'Gripen: JAS 39C/D Gripen',
    ]);
  });

  it('a category, a country or capitals text after a designation stay out ("S-400 SAM", "F-35 UK") (guard)', () => {
    assert.deepEqual(entities('Orvik moved the S-400 SAM east. The F-35 UK order grew.\n\nF-16 TO ORVIK', 'system'), [
      'S-400: S-400',
      'F-35: F-35',
      'F-16: F-16',
    ]);
  });

  it('a maker-prefixed name takes the variant letters after it ("Saab Gripen E/F jets")', () => {
    assert.deepEqual(entities('Orvik signed for 17 Saab Gripen E/F jets.', 'system'), [
      'Gripen E/F: Gripen E/F',
    ]);
  });

  it('"Saab Gripen jets" stays the Gripen (guard)', () => {
    assert.deepEqual(entities('Orvik signed for 17 Saab Gripen jets.', 'system'), [
      'Gripen: Gripen',
    ]);
  });
});

describe('systems: names before longer technical descriptors (sets DO-DR)', () => {
  it('a known ambiguous name before "active electronically scanned array radar" is the system', () => {
    assert.deepEqual(entities('The jet will carry the Uttam active electronically scanned array radar.', 'system'), [
      'Uttam: Uttam',
    ]);
  });

  it('"Bushmaster protected mobility vehicles" is the Bushmaster', () => {
    assert.deepEqual(entities('Orvik donated Bushmaster protected mobility vehicles.', 'system'), [
      'Bushmaster: Bushmaster',
    ]);
  });

  it('an unknown name before a hyphened adjective and its noun, past who made it', () => {
    assert.deepEqual(entities('The DRDO-developed Virupaksha gallium-nitride radar will fly.', 'system'), [
      'Virupaksha: Virupaksha',
    ]);
  });

  it('a descriptor in capitals after a JETDS designation is not its name (guard)', () => {
    assert.deepEqual(entities('Orvik buys ten AN/APG-83 Active Electronically Scanned Array radars.', 'system'), [
      'AN/APG-83: AN/APG-83',
    ]);
  });

  it('the name as a person stays unmarked without a noun (guard)', () => {
    assert.deepEqual(entities('Uttam is a nice person, Orvik said.', 'system'), []);
  });
});

describe('systems: spelling variants of known names (sets DO-DR)', () => {
  it('"Mark 1" spelled out for a listed "Mk1" ("Astra Mark 1 missiles")', () => {
    assert.deepEqual(entities('Kessa tested the Astra Mark 1 missiles.', 'system'), [
      'Astra Mark 1: Astra Mark 1',
    ]);
  });

  it('"Mark" with no number after a name stays out (guard)', () => {
    assert.deepEqual(entities('Kessa tested the Astra missiles, Mark Orvik said.', 'system'), [
      'Astra: Astra',
    ]);
  });

  it('"NextGen OPIR" unhyphenated is the Next-Gen OPIR', () => {
    assert.deepEqual(entities('The NextGen OPIR satellites will launch.', 'system'), [
      'Next-Gen OPIR: NextGen OPIR',
    ]);
  });
});

describe('systems: a headline designation confirmed later in the text (sets DO-DR)', () => {
  it('"second F-110" in a headline is the class the text calls "the F110 frigates"', () => {
    assert.deepEqual(entities('Yard floats out second F-110 as Kessa waits\n\nThe F110 frigates will replace older ships.', 'system'), [
      'F-110: F-110 | F110',
    ]);
  });

  it('a designation never written with a noun stays unmarked (guard)', () => {
    assert.deepEqual(entities('Yard floats out second K-44 as Kessa waits\n\nThe K-44 arrived later.', 'system'), []);
  });
});
