import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine/analyze';
import type { Entity } from '../../src/engine/types';
import { numberForms, withSpacedCompounds } from '../../src/engine/kbIndex';
import { mentions } from './support/readouts';

const systems = (text: string): Entity[] => analyze(text).entities.filter((e) => e.type === 'system');
const mentionsOf = (text: string): string[] => systems(text).flatMap((e) => e.mentions.map((m) => m.text));

describe('systems: general designation schemes and variants', () => {
  describe('JETDS designations (MIL-STD-196) not in the knowledge base', () => {
    it('"the AN/APG-81 radar" is a system; the span stops before the generic "radar", which is its kind', () => {
      const [s, ...rest] = systems('The F-35 carries the AN/APG-81 radar.').filter((e) => e.name.startsWith('AN/'));
      assert.equal(rest.length, 0);
      assert.equal(s!.name, 'AN/APG-81');
      assert.deepEqual(s!.mentions.map((m) => m.text), ['AN/APG-81']);
      assert.equal(s!.attributes['kind'], 'radar');
    });

    it('later mentions of the same designation, and of its modified versions, are the same system', () => {
      const found = systems('The AN/APG-77 radar was upgraded. The AN/APG-77(V)1 and the AN/APG-77A followed; the AN/APG-77 remains.');
      assert.equal(found.length, 1, found.map((e) => e.name).join('|'));
      assert.equal(found[0]!.name, 'AN/APG-77');
      assert.deepEqual(found[0]!.mentions.map((m) => m.text), ['AN/APG-77', 'AN/APG-77(V)1', 'AN/APG-77A', 'AN/APG-77']);
    });

    it('a capitalised descriptor after the designation is not in the span ("AN/APG-83 Active Electronically Scanned Array (AESA) radars")', () => {
      assert.deepEqual(mentionsOf('Taiwan buys AN/APG-83 Active Electronically Scanned Array (AESA) radars.'), ['AN/APG-83']);
    });

    it('the kind is the generic noun in the singular, "-xes" and "-ies" too ("Iskander-M complexes", "Patriot batteries")', () => {
      const kinds = (text: string): unknown[] => analyze(text).entities.filter((e) => e.type === 'system').map((e) => e.attributes['kind']);
      assert.deepEqual(kinds('Russia deployed Iskander-M complexes in Belarus.'), ['complex']);
      assert.deepEqual(kinds('Poland bought Patriot batteries.'), ['battery']);
    });

    it('the proper name after the designation is in the span, the generic noun is the kind ("AN/AAQ-33 Sniper pods")', () => {
      const [s] = systems('The package includes AN/AAQ-33 Sniper pods.');
      assert.deepEqual(s!.mentions.map((m) => m.text), ['AN/AAQ-33 Sniper']);
      assert.equal(s!.name, 'AN/AAQ-33');
      assert.equal(s!.attributes['kind'], 'pod');
    });

    it('a possessive ends the mention before "\'s", and "the radar" after it stays unmarked', () => {
      const found = systems("The AN/APG-81's range is classified. The radar was upgraded.");
      assert.deepEqual(found.map((e) => e.mentions.map((m) => m.text)), [['AN/APG-81']]);
    });

    it('a manufacturer or a nationality after the designation is not its proper name', () => {
      assert.deepEqual(mentionsOf('Japan fields the AN/TPY-9 Raytheon radar and the AN/TPS-77 American radar.'), ['AN/TPY-9', 'AN/TPS-77']);
    });

    it('the designation without "AN/" after the full one is the same system ("AN/APG-81 ... the APG-81"); alone it stays unmarked', () => {
      const found = systems('The AN/APG-81 radar is new. The APG-81 tracks many targets, and the APG-81A too.');
      assert.deepEqual(found.map((e) => [e.name, e.mentions.map((m) => m.text)]), [['AN/APG-81', ['AN/APG-81', 'APG-81', 'APG-81A']]]);
      // Without the full designation in the text, "APG-81" alone is no system (no noun, no known prefix).
      assert.deepEqual(mentionsOf('The APG-81 tracks many targets.'), []);
    });

    it('a designation with no noun after it is still a system ("the AN/ALQ-249")', () => {
      assert.deepEqual(mentionsOf('The Navy fielded the AN/ALQ-249 last year.'), ['AN/ALQ-249']);
    });

    it('a known designation takes its configuration suffix ("AN/SPY-6(V)1", a variant of the AN/SPY-6)', () => {
      const [s] = systems('The AN/SPY-6(V)1 radar was installed.');
      assert.equal(s!.name, 'AN/SPY-6(V)1');
      assert.equal(s!.attributes['family'], 'AN/SPY-6');
      assert.deepEqual(s!.mentions.map((m) => m.text), ['AN/SPY-6(V)1']);
      // Letters in brackets that are no MIL-STD-196 suffix stay outside ("(FBM)" is an abbreviation).
      assert.deepEqual(mentionsOf('The AN/TPY-2(FBM) radar and the AN/APG-79(XN-1) radar.'), ['AN/TPY-2', 'AN/APG-79(XN-1)']);
    });

    it('stays unmarked: "AN/" in ordinary text, test equipment (purpose M), other shapes, "the radar" alone', () => {
      assert.deepEqual(mentionsOf('The AN/ prefix is used by the Army. The radar was tested.'), []);
      assert.deepEqual(mentionsOf('Technicians used an AN/PSM-45 multimeter and an AN/USM-485 test set.'), []);
      // Radios and night vision goggles have JETDS designations too, but are no weapon systems.
      assert.deepEqual(mentionsOf('Soldiers carry AN/PRC-117G radios, AN/VRC-92F vehicular radio systems and AN/PVS-14 goggles.'), []);
      assert.deepEqual(mentionsOf('Each squad got AN/PSQ-20 goggles.'), []);
      assert.deepEqual(mentionsOf('Fasten it with AN/AB-12 and AN/ABCD-12 parts and AN960 washers.'), []);
    });
  });

  describe('variant letters after a model designation', () => {
    it('"M1A2T Abrams" is one span of the M1A2T, a variant of the M1 Abrams, and "M1A2T tanks" stops before the noun', () => {
      const found = systems('Taiwan received M1A2T Abrams tanks. The M1A2T tanks replace older ones. The Abrams is heavy.');
      assert.equal(found.length, 1, found.map((e) => e.name).join('|'));
      assert.equal(found[0]!.name, 'M1A2T');
      assert.equal(found[0]!.attributes['family'], 'M1 Abrams');
      assert.deepEqual(found[0]!.mentions.map((m) => m.text), ['M1A2T Abrams', 'M1A2T', 'Abrams']);
    });

    it('works for any known model with variant letters ("M1A1SA" of the M1 Abrams, "T-72B3M" of the T-72)', () => {
      assert.deepEqual(systems('Egypt operates M1A1SA tanks.').map((e) => [e.name, e.attributes['family']]), [['M1A1SA', 'M1 Abrams']]);
      assert.deepEqual(systems('Russia fields T-72B3M tanks.').map((e) => [e.name, e.attributes['family']]), [['T-72B3M', 'T-72']]);
    });

    it('also when the model number ends a name of several words ("Leopard 2A8X", "Challenger 2E")', () => {
      const found = systems('Germany ordered Leopard 2A8X tanks; the Leopard 2A4 stays. Oman bought Challenger 2E tanks.');
      assert.deepEqual(found.map((e) => [e.name, e.mentions.map((m) => m.text)]), [['Leopard 2A8X', ['Leopard 2A8X']], ['Leopard 2A4', ['Leopard 2A4']], ['Challenger 2E', ['Challenger 2E']]]);
    });

    it('stays unmarked: codes whose model is not known, or with more letters than a variant has', () => {
      assert.deepEqual(mentionsOf('See pages A1B2C and M1A2TXYZ of the 1990s COVID-19 report.'), []);
      assert.deepEqual(mentionsOf('The Leopard 2ABCD file was lost.'), []);
    });
  });

  describe('a designation and the proper name of the same system side by side are one span', () => {
    it('"the M1A2 SEPv3 Abrams" is one mention (designation, variant package, name), linked with the later "Abrams"', () => {
      const found = systems('The Army received the M1A2 SEPv3 Abrams in 2020. Each Abrams weighs 66 tons.');
      assert.equal(found.length, 1, found.map((e) => e.name).join('|'));
      assert.equal(found[0]!.name, 'M1A2 SEPv3');
      assert.deepEqual(found[0]!.mentions.map((m) => m.text), ['M1A2 SEPv3 Abrams', 'Abrams']);
    });

    it('name then designation ("Zircon 3M22", "Javelin FGM-148F") as well as designation then name', () => {
      const zircon = systems('Russia tested the Zircon 3M22 hypersonic missile. The 3M22 Zircon flew far.');
      assert.deepEqual(zircon.map((e) => e.name), ['Zircon']);
      assert.deepEqual(zircon[0]!.mentions.map((m) => m.text), ['Zircon 3M22', '3M22 Zircon']);
      const javelin = systems('Ukraine received Javelin FGM-148F missiles and more FGM-148F Javelin rounds.');
      assert.deepEqual(javelin.map((e) => e.name), ['Javelin']);
      assert.deepEqual(javelin[0]!.mentions.map((m) => m.text), ['Javelin FGM-148F', 'FGM-148F Javelin']);
    });

    it('with the user\'s own entries too: "Skyfalcon SF-12" is one mention of the user\'s system', () => {
      const found = analyze('The Skyfalcon SF-12 flew. Later the SF-12 landed.', { userEntries: [{ type: 'system', name: 'Skyfalcon', aliases: ['SF-12'] }] })
        .entities.filter((e) => e.type === 'system');
      assert.deepEqual(found.map((e) => e.mentions.map((m) => m.text)), [['Skyfalcon SF-12', 'SF-12']]);
    });

    it('stays two mentions: different systems side by side, a possessive, a line break', () => {
      assert.deepEqual(mentionsOf('Turkey bought S-400 S-300 spares.'), ['S-400', 'S-300']);
      // Two designations of one system are not a designation and its name.
      assert.deepEqual(mentionsOf('Upgrades turned the M1A2 M1A2T fleet around.'), ['M1A2', 'M1A2T']);
      assert.deepEqual(mentionsOf("The Zircon's 3M22 index was published."), ['Zircon', '3M22']);
      assert.deepEqual(mentionsOf('The M1A2 SEPv3\nAbrams tanks were delivered.'), ['M1A2 SEPv3', 'Abrams']);
    });
  });

  describe('hull numbers of named ships', () => {
    it('a hull number in parentheses after a ship is a second mention of that ship, in all three written forms', () => {
      const found = systems('Forbin joins USS Hopper (DDG 70), USS Mahan (DDG-72) and HMS Ocean (L12).');
      assert.deepEqual(found.map((e) => [e.name, e.mentions.map((m) => m.text)]), [
        ['USS Hopper', ['USS Hopper', 'DDG 70']],
        ['USS Mahan', ['USS Mahan', 'DDG-72']],
        ['HMS Ocean', ['HMS Ocean', 'L12']],
      ]);
    });

    it('a ship\'s one-word name without its prefix is a later mention of the ship', () => {
      const found = systems('The frigate FS Forbin joined. "Forbin is ready," said the commander of Forbin.');
      assert.deepEqual(found.map((e) => [e.name, e.mentions.map((m) => m.text)]), [['FS Forbin', ['FS Forbin', 'Forbin', 'Forbin']]]);
    });

    it('the name alone is no mention before the prefixed one, inside a longer name, or when the text also uses it as a word', () => {
      assert.deepEqual(mentionsOf('Forbin was named. The frigate FS Forbin sailed; Forbin Class ships and Port Forbin followed.'), ['FS Forbin']);
      assert.deepEqual(mentionsOf('HMS Daring sailed. Daring raids followed, a daring move.'), ['HMS Daring']);
    });

    it('a person who shares the ship\'s name does not take the ship ("USS Carney" and "Admiral Carney")', () => {
      const r = analyze('USS Carney fired. Admiral Carney spoke. Carney shot down drones.');
      const ship = r.entities.find((e) => e.type === 'system');
      const person = r.entities.find((e) => e.type === 'official');
      assert.deepEqual(ship?.mentions.map((m) => m.text), ['USS Carney']);
      assert.equal(person?.name, 'Carney');
      assert.deepEqual(person?.mentions.map((m) => m.text), ['Admiral Carney', 'Carney']);
    });

    it('a parenthesis that is no lone hull number, or that follows no ship, adds nothing', () => {
      assert.deepEqual(mentionsOf('USS Cole (the destroyer) was hit. USS Ford (DDG 70 and 72) sailed.'), ['USS Cole', 'USS Ford']);
      assert.deepEqual(mentionsOf('The frigate (D 32) sailed; the ship (L 14) too.'), []);
    });
  });

  describe('descriptors after an ambiguous name', () => {
    it('anti-armor, coastal defense, anti-aircraft guns and armored carriers confirm a name that is also a common word', () => {
      const found = systems('The package includes Javelin anti-armor systems, Harpoon coastal defense systems, Gepard anti-aircraft guns and Stryker armored personnel carriers.');
      assert.deepEqual(found.map((e) => e.name), ['Javelin', 'Harpoon', 'Gepard', 'Stryker']);
      assert.equal(found[0]!.attributes['kind'], 'anti-armor system');
    });

    it('the same names with no descriptor and no earlier clear use stay unmarked', () => {
      assert.deepEqual(mentionsOf('Javelin throwers and Harpoon fishermen met.'), []);
    });
  });

  describe('production blocks', () => {
    it('"Block" and its number after a designation are in the mention', () => {
      const systems = (text: string): string[] => analyze(text).entities.filter((e) => e.type === 'system').flatMap((e) => e.mentions.map((m) => m.text));
      assert.deepEqual(systems('Taiwan ordered 66 F-16V Block 70 fighters. The F-35 Block 4 upgrade is late.'), ['F-16V Block 70', 'F-35 Block 4']);
      assert.deepEqual(systems('The F-16 Block party was fun.'), ['F-16']);
    });
  });

  describe('road numbers', () => {
    it('a designation before "road", "motorway" or "highway" is a road\'s number', () => {
      const systems = (text: string): string[] => analyze(text).entities.filter((e) => e.type === 'system').flatMap((e) => e.mentions.map((m) => m.text));
      assert.deepEqual(systems('The A-10 road was closed. The M3 motorway and the I-95 highway too.'), []);
      assert.deepEqual(systems('An A-10 flew over the road.'), ['A-10']);
    });
  });

  describe('flight numbers', () => {
    it('a designation-shaped flight number is no system, there or later; real designations still are', () => {
      assert.deepEqual(mentionsOf('Flight MH17 was downed by a Buk missile. The MH-60R Seahawk flew. MH17 victims were mourned.'), ['Buk', 'MH-60R Seahawk']);
    });
  });

  describe('nationality compounds in back-references', () => {
    it('"The Russian-made system" refers back to a Russian system, not to one from elsewhere', () => {
      assert.deepEqual(systems('Turkey took delivery of the S-400 air defense system. The Russian-made system led to sanctions.').map((e) => e.mentions.map((m) => m.text)), [['S-400', 'The Russian-made system']]);
      assert.deepEqual(mentionsOf('Ukraine used the Patriot system. The Russian-made system was destroyed.'), ['Patriot']);
    });
  });

  describe('a letter and a digit alone', () => {
    it('"the E3" (a group of countries) is no system; with a system noun, a name or a clear mention it is', () => {
      assert.deepEqual(mentionsOf('The G7 and the E3 met with the P5+1.'), []);
      assert.deepEqual(mentionsOf('Saudi Arabia operates E3 aircraft.'), ['E3']);
      assert.deepEqual(mentionsOf('The E-3 Sentry flew. Later the E3 landed.'), ['E-3 Sentry', 'E3']);
    });
  });
});


// A one-word name that is also a common word ("Patriot", "Tomahawk", "Javelin") needs a system noun
// after it or a clear mention elsewhere; "the sale of 400 Tomahawks to Japan" had neither and was
// not marked. A count before the plural name is materiel being counted.
describe('systems: a counted plural of an ambiguous name', () => {
  it('is a mention, and later plain plurals of it too', () => {
    assert.deepEqual(mentionsOf('The US approved the sale of 400 Tomahawks to Japan.'), ['Tomahawks']);
    assert.deepEqual(mentionsOf('Ukraine received two Patriots and several NASAMS. The Patriots arrived in April.').sort(), ['NASAMS', 'Patriots', 'Patriots']);
    assert.deepEqual(mentionsOf('He bought 3 Javelins, 12 Stingers and 2 Harpoons.'), ['Javelins', 'Stingers', 'Harpoons']);
  });

  it('not a team, a count before a noun, or a singular', () => {
    assert.deepEqual(mentionsOf('Two Patriots players were injured. The Patriots won 24 to 10.'), []);
    assert.deepEqual(mentionsOf('The club signed 2 Patriot fans. Year 2 Javelin throw.'), []);
  });
});

// "Sea Viper" (the Royal Navy's PAAMS) had been read as "Viper", the AH-1Z's proper name, inside it.
describe('systems: a name inside a longer system name', () => {
  it('"Sea Viper" and "Sea King" are systems of their own, not the AH-1Z Viper', () => {
    const systems = (text: string): string[][] => analyze(text).entities.filter((e) => e.type === 'system').map((e) => [e.name, ...e.mentions.map((m) => m.text)]);
    assert.deepEqual(systems('The Type 45 uses Sea Viper missiles.'), [['Type 45', 'Type 45'], ['Sea Viper', 'Sea Viper']]);
    assert.deepEqual(systems('India retired its Sea King helicopters. The AH-1Z Viper flies on.'), [['SH-3', 'Sea King'], ['AH-1Z', 'AH-1Z Viper']]);
  });
});

// "MQ-9B Sea Guardian" had been marked as "MQ-9B" alone: the knowledge base writes the maker's
// compound name as one word ("SeaGuardian"), and the press often splits it.
describe('systems: a compound proper name written as two words', () => {
  it('"Sea Guardian" and "Scan Eagle" are the knowledge base\'s "SeaGuardian" and "ScanEagle"', () => {
    assert.deepEqual(mentionsOf('India will buy 31 MQ-9B Sea Guardian drones.'), ['MQ-9B Sea Guardian']);
    assert.deepEqual(mentionsOf('India will buy 31 MQ-9B SeaGuardian drones.'), ['MQ-9B SeaGuardian']);
    assert.deepEqual(mentionsOf('The navy flies the Scan Eagle and the ScanEagle.').length, 2);
  });

  it('splits only two capitalised words of three letters or more ("MiG" stays one word)', () => {
    assert.deepEqual(withSpacedCompounds(['MQ-9B SeaGuardian', 'MiG-29', 'McDonnell', 'F-35']), ['MQ-9B SeaGuardian', 'MQ-9B Sea Guardian', 'MiG-29', 'McDonnell', 'F-35']);
  });
});

// "six Hunter class frigates" had not been marked (the knowledge base's alias has a lower-case
// "class"), and "The Queen Elizabeth-class carriers" had been an official, "Queen Elizabeth".
describe('systems: ship classes', () => {
  it('a class with "class" as a word of its own, and a known class after a title word', () => {
    assert.deepEqual(mentionsOf('The navy will build six Hunter class frigates.'), ['Hunter class']);
    assert.deepEqual(mentionsOf('The Virginia-class submarine and the Virginia class submarines.'), ['Virginia-class', 'Virginia class']);
    assert.deepEqual(mentionsOf('The Queen Elizabeth-class carriers sailed.'), ['Queen Elizabeth-class']);
    assert.deepEqual(analyze('The Queen Elizabeth-class carriers sailed.').entities.filter((e) => e.type === 'official'), []);
  });

  it('a class the knowledge base does not know, by its "-class" name before a vessel noun', () => {
    const [s] = systems('China sent a Jiangkai-class frigate and two Yuan-class diesel-electric submarines.');
    assert.equal(s?.name, 'Jiangkai-class');
    assert.equal(s?.attributes['category'], 'ship');
    assert.deepEqual(mentionsOf('China sent a Jiangkai-class frigate and two Yuan-class diesel-electric submarines.'), ['Jiangkai-class', 'Yuan-class']);
    // Not a class of anything else.
    assert.deepEqual(mentionsOf('A World-class team flew First-class.'), []);
  });
});

describe('systems: knowledge-base variants written by their programme name', () => {
  it('"LCA Mk1A" is a variant of the Tejas and "Rafale Marine" of the Rafale', () => {
    assert.deepEqual(systems('India ordered 97 LCA Mk1A jets and 26 Rafale Marine aircraft.').map((e) => [e.name, e.attributes['family'], ...e.mentions.map((m) => m.text)]),
      [['LCA Mk1A', 'Tejas', 'LCA Mk1A'], ['Rafale Marine', 'Rafale', 'Rafale Marine']]);
  });
});

// Ships of navies without a prefix are written after their type: "the cruiser Moskva" had not been
// marked, and "the frigate Admiral Makarov" had been an admiral.
describe('systems: a warship named after its type', () => {
  it('is a ship, and its one-word name alone later too', () => {
    assert.deepEqual(mentionsOf('The Black Sea Fleet lost the cruiser Moskva in April. Moskva sank.'), ['Moskva', 'Moskva']);
    assert.deepEqual(mentionsOf('The aircraft carrier Gerald R. Ford sailed. The submarine Kursk sank in 2000.'), ['Gerald R. Ford', 'Kursk']);
  });

  it('a rank in the ship\'s name is no official, and a known ship\'s name alone counts after its type', () => {
    const r = analyze('The frigate Admiral Makarov fired missiles. The aircraft carrier Liaoning sailed.');
    assert.deepEqual(r.entities.filter((e) => e.type === 'official'), []);
    assert.deepEqual(r.entities.filter((e) => e.type === 'system').map((e) => e.mentions[0]?.text), ['Admiral Makarov', 'Liaoning']);
  });

  it('not an airline after "the carrier", nor a date or a unit after a type', () => {
    assert.deepEqual(mentionsOf('The carrier Emirates flew. The carrier Strike Group arrived. The submarine In July sailed.'), []);
  });
});

describe('systems: a name that is also a word, in a list of systems', () => {
  it('"its Patriot and IRIS-T SLM systems", "Patriot, NASAMS and IRIS-T", "NASAMS and Patriot" count Patriot', () => {
    assert.deepEqual(mentionsOf('Germany will station its Patriot and IRIS-T SLM systems.'), ['Patriot', 'IRIS-T SLM']);
    assert.deepEqual(mentionsOf('Germany has Patriot, NASAMS and IRIS-T.'), ['Patriot', 'NASAMS', 'IRIS-T']);
    assert.deepEqual(mentionsOf('Germany has NASAMS and Patriot.'), ['NASAMS', 'Patriot']);
    assert.deepEqual(mentionsOf('Germany has Hawk, Patriot and NASAMS.'), ['Hawk', 'Patriot', 'NASAMS']);
  });

  it('not beside words that are no system', () => {
    assert.deepEqual(mentionsOf('The Patriot Act and the NDAA passed. He was a Patriot, and a soldier.'), []);
  });
});

describe('systems: "Type" and a number', () => {
  it('needs a system noun or a clear mention: "Type 12 surface-to-ship missiles", not "Type 12 of the regulations"', () => {
    assert.deepEqual(mentionsOf('Japan will deploy Type 12 surface-to-ship missiles.'), ['Type 12']);
    assert.deepEqual(mentionsOf('The Type 45 uses Sea Viper missiles.'), ['Type 45', 'Sea Viper']);
    assert.deepEqual(mentionsOf('Type 12 of the regulations applies. Type 10 of the law too.'), []);
    assert.deepEqual(mentionsOf("China's Type 055 destroyer sailed."), ['Type 055']);
  });

  it('families and systems added to the knowledge base: "Leopard tanks", L-SAM', () => {
    assert.deepEqual(systems('Supplies of Leopard tanks to Ukraine.').map((e) => e.name), ['Leopard']);
    assert.deepEqual(mentionsOf('The leopard is a cat. A Leopard spotted it.'), []);
    assert.deepEqual(systems('The military would deploy the L-SAM long-range surface-to-air missile system.').map((e) => [e.name, e.attributes['kind']]),
      [['L-SAM', 'long-range surface-to-air missile system']]);
  });
});

describe('systems: warships named in a list after a plural type', () => {
  it('"the Russian corvettes Sovershenny and Gromky" are two ships; "The frigates Admiral Makarov and Admiral Essen" no admirals', () => {
    assert.deepEqual(systems('The patrol involved the Russian corvettes Sovershenny and Gromky.').map((e) => [e.name, e.attributes['kind']]),
      [['Sovershenny', 'corvette'], ['Gromky', 'corvette']]);
    const r = analyze('The frigates Admiral Makarov and Admiral Essen sailed.');
    assert.deepEqual(r.entities.filter((e) => e.type === 'official'), []);
    assert.deepEqual(r.entities.filter((e) => e.type === 'system').map((e) => e.name), ['Admiral Makarov', 'Admiral Essen']);
  });

  it('one capitalised word after a plural type is no list: "The destroyers Moscow ordered are old"', () => {
    assert.deepEqual(mentionsOf('The destroyers Moscow ordered are old.'), []);
  });
});

describe('systems: knowledge-base records added for light attack aircraft and Indian and Chinese systems', () => {
  it('"Alpha Jet and Super Tucano aircraft", "A-29 Super Tucano", Pinaka, Pralay, Nirbhay, Type 076', () => {
    assert.deepEqual(systems('Air support came from Alpha Jet and Super Tucano aircraft. The last A-29 Super Tucano arrived.').map((e) => [e.name, ...e.mentions.map((m) => m.text)]),
      [['Alpha Jet', 'Alpha Jet'], ['A-29', 'Super Tucano', 'A-29 Super Tucano']]);
    assert.deepEqual(mentionsOf('India tested Pinaka rockets, a Pralay missile and the Nirbhay. China launched its first Type 076 ship.'), ['Pinaka', 'Pralay', 'Nirbhay', 'Type 076']);
    assert.deepEqual(mentionsOf('Poland sent Piorun launchers.'), ['Piorun']);
    assert.deepEqual(systems('The fighter will replace the F-2 in Japan.').map((e) => [e.name, e.attributes['origin']]), [['F-2', 'Japan; United States']]);
  });
});

describe('systems: a production block with a sub-block letter, after a spelled-out name too', () => {
  it('"Standard Missile-6 Block IA" and "SM-2 Block IIIC" keep their block in the mention', () => {
    assert.deepEqual(mentionsOf('Raytheon builds Standard Missile-6 Block IA rounds and SM-2 Block IIIC components.'), ['Standard Missile-6 Block IA', 'SM-2 Block IIIC']);
  });
});

describe('systems: a one-word name with a variant\'s letters after a hyphen', () => {
  it('"Rafale-M" and "Rafale-B" are two variants of the Rafale, the whole word the mention', () => {
    const r = analyze('India will buy 26 Rafale-M jets for the navy. The Rafale-B trainers stay in France.');
    const systems = r.entities.filter((e) => e.type === 'system');
    assert.deepEqual(systems.map((e) => `${e.name} (${String(e.attributes['family'])}): ${e.mentions.map((m) => m.text).join(' | ')}`), ['Rafale-M (Rafale): Rafale-M', 'Rafale-B (Rafale): Rafale-B']);
  });

  it('not a word that is no system\'s name, nor lower-case or long letters after the hyphen', () => {
    const r = analyze('The Iran-US talks resumed. A Rafale-class debate and the Rafale-Maker firm were cited.');
    assert.deepEqual(r.entities.filter((e) => e.type === 'system').map((e) => e.mentions.map((m) => m.text)), []);
  });
});

describe('systems: Golden Dome, the US missile-defence architecture announced in 2025', () => {
  it('is a system from the knowledge base', () => {
    const r = analyze('Trump announced the Golden Dome missile defense system on Tuesday.');
    assert.deepEqual(r.entities.filter((e) => e.type === 'system').map((e) => `${e.name}: ${e.attributes['origin']}`), ['Golden Dome: United States']);
  });
});

describe('systems: J-36 and the FP-5 Flamingo in the knowledge base', () => {
  it('"J-36" and "FP-5" are systems; "Flamingo" only where a system noun or a list of systems says so', () => {
    const names = (text: string) => analyze(text).entities.filter((e) => e.type === 'system').map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);
    assert.deepEqual(names('China showed the J-36. Ukraine fired FP-5 missiles. A Flamingo cruise missile hit Crimea.'), ['J-36: J-36', 'FP-5: FP-5 | Flamingo']);
    assert.deepEqual(names('The Flamingo is a bird. A pink flamingo stood in Florida.'), []);
  });
});

describe('systems: a kind with words after a system noun', () => {
  it('"missile defense system" and "Air And Missile Defense System" are whole kinds; the kind ends at the last system noun', () => {
    const kindOf = (text: string) => analyze(text).entities.filter((e) => e.type === 'system').map((e) => `${e.name}: ${e.attributes['kind']}`);
    assert.deepEqual(kindOf('Trump announced the Golden Dome missile defense system.'), ['Golden Dome: missile defense system']);
    assert.deepEqual(kindOf('Turkey bought the Russian S-400 Air And Missile Defense System.'), ['S-400: air and missile defense system']);
    assert.deepEqual(kindOf('Russia moved Iskander missiles defense ministry officials said.'), ['Iskander: missile']);
  });
});

describe('systems: a warship referred to by its type', () => {
  it('"The carrier" is the carrier named before when its type is known; not a ship of unknown type, nor an airline', () => {
    const mentions = (text: string) => analyze(text).entities.filter((e) => e.type === 'system').map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);
    assert.deepEqual(mentions('India commissioned INS Vikrant in 2022. The carrier can carry 30 aircraft.'), ['INS Vikrant: INS Vikrant | The carrier']);
    assert.deepEqual(mentions('The USS Carl Vinson sailed into the Mediterranean. The carrier launched jets.'), ['USS Carl Vinson: USS Carl Vinson']);
    // The lead ship of a class the knowledge base holds, whose name has an initial: a carrier.
    assert.deepEqual(mentions('The USS Gerald R. Ford sailed into the Mediterranean. The carrier launched jets.'), ['Gerald R. Ford-class: USS Gerald R. Ford | The carrier']);
    assert.deepEqual(mentions('China launched the aircraft carrier Fujian. The carrier began sea trials. The carrier Emirates flew to Dubai.'), ['Type 003: Fujian | The carrier']);
  });
});

describe('systems: the words a parenthesised designation abbreviates', () => {
  it('"Patriot Advanced Capability-3 Missile Segment Enhancement (PAC-3 MSE)" is two mentions of the PAC-3 MSE, a Patriot variant', () => {
    const r = analyze('The Army ordered Patriot Advanced Capability-3 Missile Segment Enhancement (PAC-3 MSE) interceptors.');
    const systems = r.entities.filter((e) => e.type === 'system');
    assert.deepEqual(systems.map((e) => [e.name, e.mentions.map((m) => m.text)]), [['PAC-3 MSE', ['Patriot Advanced Capability-3 Missile Segment Enhancement', 'PAC-3 MSE']]]);
  });

  it('words whose initials do not spell the designation stay apart', () => {
    const r = analyze('The Army ordered Patriot Missile Upgrades (PAC-3 MSE) and Army Tactical Upgrades (ATACMS).');
    const texts = r.entities.filter((e) => e.type === 'system').flatMap((e) => e.mentions.map((m) => m.text));
    assert.deepEqual(texts, ['Patriot', 'PAC-3 MSE', 'ATACMS']);
  });
});

describe('systems: range words between a name and its system noun', () => {
  it('"the U.S. Typhon mid-range missile system" is the Typhon, with its kind', () => {
    const [s] = analyze('The Army deployed the U.S. Typhon mid-range missile system in the Philippines.').entities.filter((e) => e.type === 'system');
    assert.equal(s?.name, 'Typhon');
    assert.equal(s?.attributes['kind'], 'mid-range missile system');
  });
});

describe('systems: "unknown" marks designations found by their pattern alone', () => {
  it('an unknown designation is flagged; a knowledge-base record of the category "other" (IBCS) is not', () => {
    const systemsOf = (text: string) => analyze(text).entities.filter((e) => e.type === 'system').map((e) => `${e.name}: ${e.attributes['unknown'] === true ? 'unknown' : 'known'}`);
    assert.deepEqual(systemsOf('The Army tested the XK-12 missile with the IBCS system.'), ['XK-12: unknown', 'IBCS: known']);
  });
});

describe('systems: knowledge-base records added on 30 Nov', () => {
  it('Siper, Skyranger, Otomat, Ra\'ad, Ababeel, Fatah-II, Liutyi, Palianytsia, Sea Baby, Type 16, Redback, Piranha and Trophy are known systems', () => {
    const text = 'Turkey fielded the Siper and Skyranger air defence systems. Italy fired Otomat missiles. Pakistan tested the Ra\'ad cruise missile, the Ababeel missile and the Fatah-II rocket system. '
      + 'Ukraine launched Liutyi drones, Palianytsia missile-drones and a Sea Baby naval drone. Japan showed the Type 16 vehicle; Australia chose the Redback vehicle; Denmark bought Piranha vehicles with the Trophy system.';
    const names = analyze(text).entities.filter((e) => e.type === 'system' && e.attributes['unknown'] !== true).map((e) => e.name);
    assert.deepEqual(names, ['Siper', 'Skyranger', 'Otomat', "Ra'ad", 'Ababeel', 'Fatah-II', 'Liutyi', 'Palianytsia', 'Sea Baby', 'Type 16', 'Redback', 'Piranha', 'Trophy']);
  });
});

describe('systems: the Lightweight Multirole Missile', () => {
  it('"Lightweight Multirole Missiles (LMM)" and "Martlet" are one system, LMM', () => {
    const r = analyze('Thales will supply Lightweight Multirole Missiles (LMM) to Ukraine. The Martlet missile is light.');
    assert.deepEqual(r.entities.filter((e) => e.type === 'system').map((e) => [e.name, e.mentions.map((m) => m.text)]), [['LMM', ['Lightweight Multirole Missiles', 'LMM', 'Martlet']]]);
  });
});

describe('systems: Houthi missiles and drones', () => {
  it('Toufan, Palestine-2 and Samad-3 are known systems, of Yemeni origin', () => {
    const r = analyze('The Houthis have fired Toufan and Palestine-2 missiles at Israel and launched Samad-3 drones.');
    assert.deepEqual(r.entities.filter((e) => e.type === 'system').map((e) => `${e.name} (${e.attributes['origin']})`), ['Toufan (Yemen)', 'Palestine-2 (Yemen)', 'Samad-3 (Yemen)']);
  });
});

describe('systems: knowledge-base records added on 30 Nov, second round', () => {
  it('Tamir, Stunner, Ashwini, Akashteer, KSS-III, Fatah-I, Type 056, K10, Arexis, Kemankeş, MAM-L, XM30, FC/ASW, ASEV and M-346 are known systems', () => {
    const text = 'Israel fired Tamir interceptors and Stunner missiles. The army bought Ashwini radar systems and the Akashteer network. Korea built KSS-III boats. '
      + 'Pakistan fired the Fatah-I rocket system. Cambodia received two Type 056 corvettes. Hanwha delivered K10 ammunition resupply vehicles. Sweden fitted Arexis pods. '
      + 'Baykar tested the Kemankes. Roketsan showed MAM-L munitions. The Army selected XM30 vehicles. Britain and France develop FC/ASW. Japan ordered two ASEV ships. Italy sold M-346 trainers.';
    const names = analyze(text).entities.filter((e) => e.type === 'system' && e.attributes['unknown'] !== true).map((e) => e.name);
    assert.deepEqual(names, ['Tamir', 'Stunner', 'Ashwini', 'Akashteer', 'KSS-III', 'Fatah-I', 'Type 056', 'K10', 'Arexis', 'Kemankeş', 'MAM-L', 'XM30', 'FC/ASW', 'ASEV', 'M-346']);
  });
});

describe('systems: a name and a number hyphenated, and generations in Roman numerals or digits', () => {
  it('"Type-214", "Leopard-2", "KSS-3" and "Fatah-1" are the records written "Type 214", "Leopard 2", "KSS-III" and "Fatah-I"', () => {
    const names = analyze('Greece runs Type-214 submarines and Leopard-2 tanks. Korea built KSS-3 boats. Pakistan fired Fatah-1 rockets.')
      .entities.filter((e) => e.type === 'system').map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);
    assert.deepEqual(names, ['Type 214: Type-214', 'Leopard 2: Leopard-2', 'KSS-III: KSS-3', 'Fatah-I: Fatah-1']);
  });

  it('a form another record lists stays that record\'s', () => {
    assert.deepEqual(numberForms('Type 214'), ['Type-214']);
    assert.deepEqual(numberForms('KSS-III'), ['KSS-3']);
    assert.deepEqual(numberForms('Fatah-2'), ['Fatah-II']);
    assert.deepEqual(numberForms('S-300'), []);
    const byName = (text: string) => analyze(text).entities.filter((e) => e.type === 'system').map((e) => e.name);
    // "Prithvi-II" is an alias of Prithvi; "Prithvi-2" is listed there too, and nothing moves.
    assert.deepEqual(byName('India fired the Prithvi-2 missile.'), ['Prithvi']);
  });
});

describe('systems: knowledge-base records added on 30 Nov, third round', () => {
  it('Next Generation Interceptor, Victoria-class, CH-148, Hürjet, TF-2000, Borsuk, Riachuelo-class, SN-BR, Mk 41 and ZSSW-30 are known; Geran-3, F-39 and Hwasongpho-19 name known records', () => {
    const text = 'North Korea fired the Hwasongpho-19. The US tested the Next Generation Interceptor. Canada kept the Victoria-class submarines at sea and flew CH-148 helicopters. '
      + 'Turkey flew the HÜRJET trainer and launched the first TF2000 destroyer. Russia fired Geran-3 drones. Poland ordered Borsuk vehicles with the ZSSW-30 turret. '
      + 'Brazil launched a Riachuelo-class submarine and the SN-BR submarine and flies F-39 fighters. The frigate has a Mk 41 launcher.';
    const names = analyze(text).entities.filter((e) => e.type === 'system' && e.attributes['unknown'] !== true).map((e) => e.name);
    assert.deepEqual(names, ['Hwasong-19', 'Next Generation Interceptor', 'Victoria-class', 'CH-148', 'Hürjet', 'TF-2000', 'Shahed-238', 'Borsuk', 'ZSSW-30',
      'Riachuelo-class', 'SN-BR', 'Gripen', 'Mk 41']);
  });
});

describe('systems: new members of known families and more system nouns', () => {
  const sys = (text: string) => mentions(text, 'system');
  it('a family word and a new number is a system of the family\'s category ("the Hwasong-20"), and later "The missile" is it', () => {
    assert.deepEqual(sys('North Korea tested a new intercontinental ballistic missile, the Hwasong-20, on Sunday. The missile flew for 71 minutes.'), [
      'Hwasong-20 → Hwasong-20', 'The missile → Hwasong-20',
    ]);
    // (Not a word and number of no known family.)
    assert.deepEqual(sys('The Vanguard-20 fund and the Lotus-7 plan were announced.'), []);
  });
  it('"the V-280 tiltrotor", "TC-90 training aircraft", and "The interceptors" after interceptor missiles', () => {
    assert.deepEqual(sys('The Army tested the V-280 tiltrotor. Japan lent TC-90 training aircraft to Manila.'), ['V-280 → V-280', 'TC-90 → TC-90']);
    assert.deepEqual(sys('Israel will supply Stunner interceptor missiles. The interceptors will be delivered in 2027.'), ['Stunner → Stunner', 'The interceptors → Stunner']);
  });
});

describe('systems: "Type" and a number after an ordinal or a nationality', () => {
  it('"the first Type 31 would be late" and "derived from the British Type 26" name the frigates', () => {
    assert.deepEqual(mentions('Babcock builds frigates. He said the first Type 31 would be late. Hunter is derived from the British Type 26.', 'system'), [
      'Type 31 → Type 31', 'Type 26 → Type 26',
    ]);
  });
});

describe('systems: initials defined right after a system\'s name', () => {
  it('", or CPS" after a known system and "(HCDS)" after its capitalised words stand for it, then alone', () => {
    assert.deepEqual(mentions('The Navy will field the Conventional Prompt Strike hypersonic missile, or CPS, on destroyers. CPS is late.', 'system'), [
      'Conventional Prompt Strike → Conventional Prompt Strike', 'CPS → Conventional Prompt Strike', 'CPS → Conventional Prompt Strike',
    ]);
    assert.deepEqual(mentions('Taiwan is building the Harpoon Coastal Defense System (HCDS). The HCDS will be complete in 2028.', 'system'), [
      'Harpoon → Harpoon', 'HCDS → Harpoon', 'HCDS → Harpoon',
    ]);
  });
  it('an unknown name ending in "Projectile" before its initials is a system; initials that do not fit are not', () => {
    // (The Hyper Velocity Gliding Projectile, which this line used, is in the knowledge base since the sweep of 1 Dec.)
    assert.deepEqual(mentions('The Navy will test the Hyper Velocity Projectile (HVP) at sea.', 'system'), [
      'Hyper Velocity Projectile → Hyper Velocity Projectile', 'HVP → Hyper Velocity Projectile',
    ]);
    assert.deepEqual(mentions('The Navy will field the Conventional Prompt Strike missile (NAVSEA) next year.', 'system'), ['Conventional Prompt Strike → Conventional Prompt Strike']);
  });
});

describe('systems: a possessive back-reference', () => {
  it('"the tank\'s new gun" and "The missile\'s range" refer back, without the "\'s"', () => {
    assert.deepEqual(mentions('Britain received the first Challenger 3 tanks. The barrels for the tank\'s new gun will be made in Telford.', 'system'), [
      'Challenger 3 → Challenger 3', 'the tank → Challenger 3',
    ]);
    assert.deepEqual(mentions('North Korea fired a Hwasong-19. The missile\'s range exceeds 15,000 km.', 'system'), ['Hwasong-19 → Hwasong-19', 'The missile → Hwasong-19']);
  });
  it('but not "the system\'s" with no system named just before', () => {
    assert.deepEqual(mentions('Iran bought the S-400 in 2019. Officials met for hours. Lawmakers debated taxes. The system\'s critics left.', 'system'), ['S-400 → S-400']);
  });
});

describe('systems: two variants joined by a slash', () => {
  it('"S-300/400", "Su-27/30" and "PAC-2/3" are one mention of the first part\'s system', () => {
    assert.deepEqual(mentions('Russia delivered S-300/400 systems and Su-27/30 fighters. Japan co-produces PAC-2/3 interceptors.', 'system'), [
      'S-300/400 → S-300', 'Su-27/30 → Su-27', 'PAC-2/3 → Patriot',
    ]);
  });
});

describe('systems: a nationality in a back-reference', () => {
  it('"the Korean system" (either Korea), "the Turkish fighter" (Turkey is Türkiye), "The French system" (a joint origin)', () => {
    assert.deepEqual(mentions('Saudi Arabia bought the Cheongung II. Officials said the Korean system performed well.', 'system'), [
      'Cheongung II → KM-SAM', 'the Korean system → KM-SAM',
    ]);
    assert.deepEqual(mentions('Turkey unveiled the KAAN. Officials said the Turkish fighter flew in 2024.', 'system'), ['KAAN → KAAN', 'the Turkish fighter → KAAN']);
    assert.deepEqual(mentions('Italy and France built the SAMP/T. The French system is in Ukraine.', 'system'), ['SAMP/T → SAMP/T', 'The French system → SAMP/T']);
  });
  it('a system of that country alone goes before a joint one', () => {
    assert.deepEqual(mentions('Egypt ordered IRIS-T SLM batteries and Meteor missiles. The German system will arrive in 2026.', 'system').at(-1), 'The German system → IRIS-T SLM');
  });
});
