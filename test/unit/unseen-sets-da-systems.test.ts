// Rules drawn from the article sets DA, DB, DC and DD (systems). Each sentence here is written
// for the test; none is taken from an article, and the people are invented.
import * as assert from 'node:assert/strict';
import { entities } from './support/readouts';

describe('systems: an unknown name without a number before a system kind and noun', () => {
  it('a capitalised name after "the", a count or a supply verb, before its kind, is a system', () => {
    assert.deepEqual(entities('Orvik showed the Brightfang counter-drone system and a Tollar multiple cradle launcher. Kessa will supply Ben Varik guided bomb kits and more Morrow 6x6 vehicles.', 'system'), [
      'Brightfang: Brightfang',
      'Tollar: Tollar',
      'Ben Varik: Ben Varik',
      'Morrow: Morrow',
    ]);
  });

  it('a two-word name after kind words, and the name again later', () => {
    assert.deepEqual(entities('Kessa will field the extended-range Sun Vale ballistic missile. The Sun Vale flew in May.', 'system'), [
      'Sun Vale: Sun Vale | Sun Vale',
    ]);
  });

  it('a name before a specific noun needs no kind word ("the Quill interceptor")', () => {
    assert.deepEqual(entities('Grey Hawks builds the Quill interceptor.', 'system'), ['Quill: Quill']);
  });

  it('who fields or makes a system is no name ("the Army counter-drone system", "the Boeing fighter")', () => {
    assert.deepEqual(entities('Colonel Dara Ness praised the Army counter-drone system, the Russian ballistic missile, the Boeing fighter, the Navy\'s new frigate and the Pentagon\'s interceptor.', 'system'), []);
  });

  it('a bloc or region adjective is no name ("bought Western combat aircraft", "the Gulf air defence systems")', () => {
    assert.deepEqual(entities('Serbia had bought Western combat aircraft and the Gulf air defence systems in decades.', 'system'), []);
  });

  it('a place is no name: a capital, a word the text writes after "in"/"over", and any name before "air defence system"', () => {
    assert.deepEqual(entities('Drones flew over Varnovka on Monday. Officials praised the Varnovka attack drones.', 'system'), []);
    assert.deepEqual(entities('Ukraine hit the Moscow ballistic missile site and the Belvask air defence system.', 'system'), []);
  });

  it('a name the text never writes as a place stays a system ("the Skarla attack drones")', () => {
    assert.deepEqual(entities('Officials praised the Skarla attack drones.', 'system'), ['Skarla: Skarla']);
    assert.deepEqual(entities('They will co-develop the SkyWarden air defence system.', 'system'), ['SkyWarden: SkyWarden']);
  });

  it('an owner before a fleet noun is no name ("16 Coalition aircraft", "the Levant fighters")', () => {
    assert.deepEqual(entities('On Monday, 16 Coalition aircraft struck the Levant fighters near the river.', 'system'), []);
  });
});

describe('systems: a designation followed by a hyphened proper name', () => {
  it('"SSM-410K B-Ray missiles" is one mention with the name', () => {
    assert.deepEqual(entities('The corvettes carry SSM-410K B-Ray missiles.', 'system'), ['SSM-410K B-Ray: SSM-410K B-Ray']);
  });

  it('a hyphened word in lower case is no name ("SSM-410K anti-ship missiles")', () => {
    assert.deepEqual(entities('The corvettes carry SSM-410K anti-ship missiles.', 'system'), ['SSM-410K: SSM-410K']);
  });
});

describe('systems: a ship\'s name with "of" in it', () => {
  it('"USS Bay of Kellan (SSN-901)" is one ship, its hull number too', () => {
    assert.deepEqual(entities('The future USS Bay of Kellan (SSN-901) is late.', 'system'), ['USS Bay of Kellan: USS Bay of Kellan | SSN-901']);
  });

  it('"of the" ends the name ("USS Kellan of the Pacific Fleet")', () => {
    assert.deepEqual(entities('USS Kellan of the Pacific Fleet sailed.', 'system'), ['USS Kellan: USS Kellan']);
  });
});

describe('systems: a variant\'s Roman numeral or letter after a known name', () => {
  it('"M-SAM II" and "JAS 39 Gripen E fighters" keep their variant mark', () => {
    assert.deepEqual(entities('Riyadh bought the M-SAM II. Prague flies JAS 39 Gripen E fighters.', 'system'), [
      'KM-SAM: M-SAM II',
      'Gripen: JAS 39 Gripen E',
    ]);
  });

  it('a pronoun is no variant ("the Gripen I think")', () => {
    assert.deepEqual(entities('"We fly the Gripen I think," said Major Tomas Varn.', 'system'), ['Gripen: Gripen']);
  });
});

describe('systems: a head noun before another noun and a verb of being is a modifier', () => {
  it('"The frigate picture is bleaker" is no back-reference', () => {
    assert.deepEqual(entities('The first Constellation-class frigate is late. The frigate picture is bleaker.', 'system'), [
      'Constellation-class: Constellation-class',
    ]);
  });

  it('an adverb between keeps it one ("The frigate now is in Norfolk")', () => {
    assert.deepEqual(entities('The first Constellation-class frigate is late. The frigate now is in Norfolk.', 'system'), [
      'Constellation-class: Constellation-class | The frigate',
    ]);
  });
});

describe('systems: slash forms of marks and names', () => {
  it('a mark with a sub-variant after a slash stays in the span ("Teseo Mk2/E")', () => {
    assert.deepEqual(entities('Rome operates the Teseo Mk2/E on its frigates.', 'system'), ['Otomat: Teseo Mk2/E']);
  });

  it('a mark without the slash is as before ("Teseo Mk2")', () => {
    assert.deepEqual(entities('Rome operates the Teseo Mk2 on its frigates.', 'system'), ['Teseo Mk2: Teseo Mk2']);
  });

  it('France\'s name for the FC/ASW ("FMAN/FMC") is the same system', () => {
    assert.deepEqual(entities('Paris calls the missile FMAN/FMC.', 'system'), ['FC/ASW: FMAN/FMC']);
  });
});

describe('systems: knowledge base names', () => {
  it('a bare "Geran" is the Shahed-136 (Geran-2), as the Cyrillic bare name is', () => {
    assert.deepEqual(entities('Moscow launched Geran drones at Odesa.', 'system'), ['Shahed-136: Geran']);
  });
});
