/**
 * Integrity tests of the knowledge bases (weapon systems and agreements): sizes, required
 * fields, cited sources, alias uniqueness after normalisation, ambiguity flags, and a sample of
 * look-ups that the engine relies on.
 */
import { strict as assert } from 'node:assert';
import { SYSTEMS, SOURCES as SYSTEM_SOURCES, normalizeSystemName, type SystemRecord } from '../../src/engine/data/systems';
import { AGREEMENTS, SOURCES as AGREEMENT_SOURCES, type AgreementRecord } from '../../src/engine/data/agreements';

const CATEGORIES = new Set([
  'air defense', 'missile', 'aircraft', 'helicopter', 'drone', 'ship', 'submarine', 'armour',
  'artillery', 'radar', 'small arms', 'space', 'other',
]);

const AGREEMENT_KINDS = new Set([
  'treaty', 'agreement', 'memorandum', 'accord', 'resolution', 'convention', 'arrangement', 'pact',
  'protocol', 'framework', 'deal', 'charter',
]);

/** Every name of a system record: canonical name plus aliases. */
function namesOf(r: SystemRecord): string[] {
  return [r.name, ...r.aliases];
}

/** Builds normalised-key -> record maps, collecting keys claimed by two different records. */
function index<T extends { name: string; aliases: string[] }>(records: readonly T[], norm: (s: string) => string) {
  const map = new Map<string, T>();
  const clashes: string[] = [];
  for (const r of records) {
    for (const alias of [r.name, ...r.aliases]) {
      const key = norm(alias);
      const prev = map.get(key);
      if (prev && prev !== r) clashes.push(`${alias} -> "${prev.name}" and "${r.name}"`);
      else map.set(key, r);
    }
  }
  return { map, clashes };
}

/** Agreement names compare case-insensitively, ignoring spacing, hyphens/dashes, dots and quotes. */
function normalizeAgreementName(s: string): string {
  return s.toUpperCase().replace(/[\s\-.\u2010-\u2015\u2018\u2019'"]+/g, '');
}

describe('systems knowledge base', () => {
  const { map: systemIndex, clashes } = index(SYSTEMS, normalizeSystemName);
  const lookup = (s: string): string | undefined => systemIndex.get(normalizeSystemName(s))?.name;

  it('has at least 150 systems', () => {
    assert.ok(SYSTEMS.length >= 150, `only ${SYSTEMS.length} systems`);
  });

  it('gives every record a name, category, kind, origin and a valid source', () => {
    for (const r of SYSTEMS) {
      assert.ok(r.name.trim().length > 0, 'empty name');
      assert.ok(CATEGORIES.has(r.category), `${r.name}: bad category ${r.category}`);
      assert.ok(r.kind.trim().length > 2, `${r.name}: missing kind`);
      assert.ok(r.origin.trim().length > 2, `${r.name}: missing origin`);
      assert.ok(Number.isInteger(r.source) && r.source >= 0 && r.source < SYSTEM_SOURCES.length, `${r.name}: bad source ${r.source}`);
      assert.ok(Array.isArray(r.aliases), `${r.name}: aliases must be an array`);
      for (const optional of [r.properName, r.manufacturer, r.natoName]) {
        if (optional !== undefined) assert.ok(optional.trim().length > 0, `${r.name}: empty optional field`);
      }
    }
  });

  it('cites real sources, each used at least once', () => {
    assert.ok(SYSTEM_SOURCES.length >= 5);
    assert.equal(new Set(SYSTEM_SOURCES).size, SYSTEM_SOURCES.length, 'duplicate source');
    const used = new Set(SYSTEMS.map((r) => r.source));
    SYSTEM_SOURCES.forEach((s, i) => assert.ok(used.has(i), `source ${i} (${s}) is never cited`));
  });

  it('covers at least 7 categories', () => {
    const cats = new Set(SYSTEMS.map((r) => r.category));
    assert.ok(cats.size >= 7, `only ${cats.size} categories: ${[...cats].join(', ')}`);
  });

  it('never maps the same normalised alias to two records', () => {
    assert.deepEqual(clashes, []);
  });

  it('has unique canonical names', () => {
    const names = SYSTEMS.map((r) => normalizeSystemName(r.name));
    assert.equal(new Set(names).size, names.length);
  });

  it('has clean aliases: trimmed, non-empty, no generic words or trailing descriptors', () => {
    const generic = new Set(['MISSILE', 'MISSILES', 'FIGHTER', 'FIGHTERS', 'TANK', 'TANKS', 'DRONE', 'DRONES', 'RADAR',
      'ROCKET', 'ROCKETS', 'HELICOPTER', 'AIRCRAFT', 'JET', 'JETS', 'HOWITZER', 'SYSTEM', 'SUBMARINE', 'DESTROYER',
      'FRIGATE', 'BOMBER', 'AIRDEFENSE', 'AIRDEFENCE', 'WEAPON', 'WEAPONS', 'STRIKES']);
    for (const r of SYSTEMS) {
      for (const a of namesOf(r)) {
        assert.equal(a, a.trim(), `${r.name}: alias "${a}" has outer spaces`);
        assert.ok(a.length > 0, `${r.name}: empty alias`);
        assert.ok(!generic.has(normalizeSystemName(a)), `${r.name}: generic alias "${a}"`);
        assert.ok(!/ (missile system|air defen[cs]e system|howitzer|tank|helicopter|drone|radar|IFV|MRAP|MBT)$/.test(a),
          `${r.name}: alias "${a}" carries a generic descriptor`);
      }
    }
  });

  it('normalises designations: case, spaces, hyphens, dots and Cyrillic look-alikes', () => {
    assert.equal(normalizeSystemName('S-300'), 'S300');
    assert.equal(normalizeSystemName('s 300'), 'S300');
    assert.equal(normalizeSystemName('С-300'), 'S300');
    assert.equal(normalizeSystemName('Су-35'), 'SU35');
    assert.equal(normalizeSystemName('МиГ-29'), 'MIG29');
    assert.equal(normalizeSystemName('Т-72'), 'T72');
    assert.equal(normalizeSystemName('Ту-160'), 'TU160');
    assert.equal(normalizeSystemName('Ми-8'), 'MI8');
    assert.equal(normalizeSystemName('Gerald R. Ford-class'), normalizeSystemName('Gerald R Ford class'));
  });

  it('resolves common spellings, Cyrillic forms, NATO names and spelled-out names', () => {
    const cases: Array<[string, string]> = [
      ['S300', 'S-300'], ['S 300', 'S-300'], ['С-300', 'S-300'], ['S-300PMU-2', 'S-300'], ['SA-10', 'S-300'],
      ['С-400', 'S-400'], ['S-400 Triumf', 'S-400'], ['SA-21 Growler', 'S-400'],
      ['Су-35', 'Su-35'], ['Su-35S', 'Su-35'], ['МиГ-29', 'MiG-29'], ['Т-72Б3', 'T-72'], ['T-90M', 'T-90'],
      ['9M729', '9M729'], ['SSC-8', '9M729'], ['SS-26 Stone', 'Iskander'], ['Iskander-M', 'Iskander'],
      ['Kh-47M2', 'Kinzhal'], ['3M22', 'Zircon'], ['3M14', 'Kalibr'],
      ['Geran-2', 'Shahed-136'], ['Shahed 136', 'Shahed-136'], ['TB2', 'Bayraktar TB2'],
      ['MIM-104', 'Patriot'], ['PAC-3', 'Patriot'], ['Terminal High Altitude Area Defense', 'THAAD'],
      ['High Mobility Artillery Rocket System', 'HIMARS'], ['M142', 'HIMARS'], ['M270', 'M270'],
      ['F-35A', 'F-35'], ['F-35 Lightning II', 'F-35'], ['Joint Strike Fighter', 'F-35'], ['F-16 Fighting Falcon', 'F-16'],
      ['F/A-18E/F Super Hornet', 'F/A-18E/F'], ['C-17 Globemaster III', 'C-17'], ['C-130J Super Hercules', 'C-130J'],
      ['KC-135R Stratotanker', 'KC-135'], ['MH-60R Seahawk', 'MH-60R'], ['UH-60 Black Hawk', 'UH-60'],
      ['MQ-9 Reaper', 'MQ-9'], ['AH-64E', 'AH-64'], ['FGM-148', 'Javelin'], ['FIM-92 Stinger', 'Stinger'],
      ['Storm Shadow', 'Storm Shadow'], ['SCALP-EG', 'Storm Shadow'], ['BGM-109', 'Tomahawk'],
      ['DDG-51', 'Arleigh Burke-class'], ['Project 636.3', 'Kilo-class'], ['M1A2 SEPv3', 'M1 Abrams'],
      ['Leopard 2A6', 'Leopard 2'], ['Panzerhaubitze 2000', 'PzH 2000'], ['BM-21 Grad', 'BM-21'],
      ['AN/TPY-2', 'AN/TPY-2'], ['Hwasong 15', 'Hwasong-15'], ['DF-21D', 'DF-21'],
    ];
    for (const [alias, expected] of cases) assert.equal(lookup(alias), expected, `"${alias}"`);
  });

  it('resolves the widely reported systems of the sweep of 1 Dec by name, designation and alias', () => {
    const cases: Array<[string, string]> = [
      ['Hatf-III', 'Ghaznavi'], ['AS-11 Kilter', 'Kh-58'], ['Х-58', 'Kh-58'], ['Gokdogan', 'Gökdoğan'], ['Air LORA', 'LORA'],
      ['Haj Qassem', 'Haj Qasem'], ['Spada', 'Aspide'], ['9K337', 'Sosna'], ['Mark 84', 'Mk 84'], ['FAB 3000', 'FAB-3000'],
      ['Kiowa Warrior', 'OH-58'], ['AH-6 Little Bird', 'MH-6'], ['AW129', 'A129'], ['Gokbey', 'T625'], ['UJ-26 Bober', 'UJ-26'],
      ['Harpy NG', 'Harpy'], ['Jamaran-class', 'Moudge-class'], ['Hyuga class', 'Hyūga-class'], ['F124', 'Sachsen-class'],
      ['Project 1171', 'Alligator-class'], ['Houbei-class', 'Type 022'], ['G/ATOR', 'AN/TPS-80'], ['PAVE PAWS', 'AN/FPS-132'],
      ['Unha-3', 'Unha'], ['Zelzal-2', 'Zelzal'], ['2S43 Malva', '2S43'], ['R-330Zh Zhitel', 'R-330Zh'], ['Sejil', 'Sejjil'],
    ];
    for (const [alias, expected] of cases) assert.equal(lookup(alias), expected, `"${alias}"`);
    // Malva is the 2S43; the 2S40 (Floks) is a different vehicle, so its designation names no record here.
    assert.equal(lookup('2S40'), undefined);
  });

  it('includes Cyrillic spellings of major Russian systems', () => {
    const cyrillic = SYSTEMS.filter((r) => r.aliases.some((a) => /[\u0400-\u04FF]/.test(a)));
    assert.ok(cyrillic.length >= 30, `only ${cyrillic.length} records have Cyrillic aliases`);
  });

  it('flags word-like names as ambiguous and designations as not', () => {
    const mustBeAmbiguous = ['Patriot', 'Javelin', 'Stinger', 'Harpoon', 'Tomahawk', 'Hellfire', 'MQ-9', 'MQ-1', 'Hawk',
      'Tiger', 'Leopard 2', 'Challenger 2', 'LGM-35 Sentinel', 'AN/MPQ-64 Sentinel', 'Avenger', 'Spike', 'Rapier',
      'Phalanx', 'Trident II', 'M1 Abrams', 'M2 Bradley', 'Caesar', 'Archer', 'Eurofighter Typhoon', 'Tornado',
      'Harpy', 'OH-58', 'MH-6', 'Molniya', 'M60 Patton'];
    const mustNotBeAmbiguous = ['Iron Dome', 'S-400', 'S-300', 'F-35', 'HIMARS', 'THAAD', 'Su-35', 'Kalibr', 'Iskander',
      '9M729', 'NASAMS', 'Bayraktar Akinci', 'Shahed-136', 'C-17', 'Kh-58', 'QRSAM', 'SLCM-N', 'V-BAT'];
    const byName = new Map(SYSTEMS.map((r) => [r.name, r] as const));
    for (const n of mustBeAmbiguous) {
      const r = byName.get(n);
      assert.ok(r, `missing ${n}`);
      assert.equal(r.ambiguous, true, `${n} should be ambiguous`);
    }
    for (const n of mustNotBeAmbiguous) {
      const r = byName.get(n);
      assert.ok(r, `missing ${n}`);
      assert.notEqual(r.ambiguous, true, `${n} should not be ambiguous`);
    }
    // Any bare common word among a record's names requires the flag.
    const words = new Set(['PATRIOT', 'JAVELIN', 'STINGER', 'HARPOON', 'TOMAHAWK', 'HELLFIRE', 'REAPER', 'PREDATOR',
      'HAWK', 'TIGER', 'LEOPARD', 'CHALLENGER', 'SENTINEL', 'AVENGER', 'SPIKE', 'RAPIER', 'PHALANX', 'TRIDENT',
      'RAPTOR', 'WARTHOG', 'APACHE', 'CHINOOK', 'OSPREY', 'HERCULES', 'TYPHOON', 'TORNADO', 'PALADIN', 'ARCHER',
      'CAESAR', 'BRADLEY', 'ABRAMS', 'STRYKER', 'ARROW', 'ASTER', 'MISTRAL', 'TAURUS', 'METEOR', 'BRIMSTONE',
      'SIDEWINDER', 'ZIRCON', 'ONYX', 'MINUTEMAN', 'GRAD', 'TOR', 'OSA', 'TRITON', 'POSEIDON', 'NEPTUNE', 'LANCET',
      'SWITCHBLADE', 'HERON', 'MERLIN', 'WILDCAT', 'GROWLER', 'TOMCAT', 'HARRIER', 'HAWKEYE', 'SEAHAWK', 'HUEY',
      'AEGIS', 'GOALKEEPER', 'PUMA', 'BOXER', 'WARRIOR', 'AJAX', 'COUGAR', 'BUSHMASTER', 'EXCALIBUR', 'SPEARFISH',
      'GIRAFFE', 'BOOKER', 'HARM', 'TOW', 'VORONEZH', 'JERICHO', 'ORION', 'DANA', 'SPIRIT', 'EAGLE', 'VIPER',
      'HORNET', 'LIGHTNING', 'SENTRY', 'GALAXY', 'EXTENDER', 'PEGASUS', 'RAIDER', 'LANCER', 'ALLIGATOR',
      'HIND', 'BEAR', 'BLACKJACK', 'BACKFIRE', 'FLANKER', 'FULCRUM', 'FOXHOUND', 'CANDID', 'RAVEN', 'STINGRAY', 'THUNDER',
      'HARPY', 'KIOWA', 'LITTLEBIRD', 'PATTON']);
    const unflagged: string[] = [];
    for (const r of SYSTEMS) {
      for (const a of namesOf(r)) {
        if (words.has(normalizeSystemName(a)) && r.ambiguous !== true) unflagged.push(`${r.name} ("${a}")`);
      }
    }
    assert.deepEqual(unflagged, [], 'word-like names on records without ambiguous: true');
  });

  it('never lets a plural of one record’s alias hit another record', () => {
    const bad: string[] = [];
    for (const [key, r] of systemIndex) {
      const other = systemIndex.get(`${key}S`);
      if (other && other !== r) bad.push(`${key}S: "${other.name}" vs plural of "${r.name}"`);
    }
    assert.deepEqual(bad, []);
  });
});

describe('agreements knowledge base', () => {
  const { map: agreementIndex, clashes } = index(AGREEMENTS, normalizeAgreementName);
  const lookup = (s: string): AgreementRecord | undefined => agreementIndex.get(normalizeAgreementName(s));

  it('has about 80 or more agreements', () => {
    assert.ok(AGREEMENTS.length >= 60, `only ${AGREEMENTS.length} agreements`);
  });

  it('gives every record a kind, parties, a valid date and a valid source', () => {
    for (const r of AGREEMENTS) {
      assert.ok(r.name.trim().length > 0);
      assert.ok(AGREEMENT_KINDS.has(r.kind), `${r.name}: bad kind ${r.kind}`);
      assert.ok(r.parties.length > 0 && r.parties.every((p) => p.trim().length > 0), `${r.name}: parties`);
      assert.ok(Number.isInteger(r.source) && r.source >= 0 && r.source < AGREEMENT_SOURCES.length, `${r.name}: bad source`);
      if (r.signed !== undefined) {
        assert.match(r.signed, /^\d{4}-\d{2}-\d{2}$/, `${r.name}: signed`);
        const d = new Date(`${r.signed}T00:00:00Z`);
        assert.equal(d.toISOString().slice(0, 10), r.signed, `${r.name}: invalid date ${r.signed}`);
      }
      if (r.acronym !== undefined) {
        // The engine matches the acronym on its own, so it must be a name of this agreement.
        assert.match(r.acronym, /^[A-Z][A-Za-z0-9 ]*$/, `${r.name}: acronym`);
        assert.ok([r.name, ...r.aliases].includes(r.acronym), `${r.name}: acronym ${r.acronym} is not among its names`);
      }
    }
  });

  it('cites real sources, each used at least once', () => {
    assert.equal(new Set(AGREEMENT_SOURCES).size, AGREEMENT_SOURCES.length);
    const used = new Set(AGREEMENTS.map((r) => r.source));
    AGREEMENT_SOURCES.forEach((s, i) => assert.ok(used.has(i), `source ${i} (${s}) is never cited`));
  });

  it('never maps the same normalised alias to two agreements', () => {
    assert.deepEqual(clashes, []);
  });

  it('lists no generic, alliance or partnership names', () => {
    const banned = ['STATUSOFFORCESAGREEMENT', 'SOFA', 'MOU', 'MEMORANDUMOFUNDERSTANDING', 'MUTUALDEFENSETREATY',
      'AUKUS', 'QUAD', 'NATO', 'TREATY', 'AGREEMENT', 'DEFENSECOOPERATIONAGREEMENT', 'RECIPROCALACCESSAGREEMENT'];
    for (const b of banned) assert.equal(lookup(b), undefined, `generic name "${b}" is listed`);
  });

  it('resolves the well-known names', () => {
    const cases: Array<[string, string]> = [
      ['INF Treaty', 'Intermediate-Range Nuclear Forces Treaty'], ['INF', 'Intermediate-Range Nuclear Forces Treaty'],
      ['New START', 'New START'], ['START I', 'Strategic Arms Reduction Treaty'], ['ABM Treaty', 'Anti-Ballistic Missile Treaty'],
      ['NPT', 'Treaty on the Non-Proliferation of Nuclear Weapons'], ['Iran nuclear deal', 'Joint Comprehensive Plan of Action'],
      ['JCPOA', 'Joint Comprehensive Plan of Action'], ['UNSCR 2231', 'UN Security Council Resolution 2231'],
      ['Washington Treaty', 'North Atlantic Treaty'], ['EDCA', 'Enhanced Defense Cooperation Agreement'],
      ['LEMOA', 'Logistics Exchange Memorandum of Agreement'], ['COMCASA', 'Communications Compatibility and Security Agreement'],
      ['BECA', 'Basic Exchange and Cooperation Agreement'], ['Minsk II', 'Minsk II'], ['Minsk agreements', 'Minsk agreements'],
      ['Budapest Memorandum', 'Budapest Memorandum'], ['Dayton Accords', 'Dayton Agreement'], ['Belfast Agreement', 'Good Friday Agreement'],
      ['U.S.-Japan Defense Guidelines', 'Guidelines for Japan-U.S. Defense Cooperation'], ['SORT', 'Strategic Offensive Reductions Treaty'],
      ['Geneva Communique', 'Geneva Communiqué'], ['Open Skies Treaty', 'Treaty on Open Skies'], ['CFE Treaty', 'Treaty on Conventional Armed Forces in Europe'],
    ];
    for (const [alias, expected] of cases) assert.equal(lookup(alias)?.name, expected, `"${alias}"`);
  });

  it('records the signature dates of landmark treaties', () => {
    assert.equal(lookup('INF Treaty')?.signed, '1987-12-08');
    assert.equal(lookup('New START')?.signed, '2010-04-08');
    assert.equal(lookup('North Atlantic Treaty')?.signed, '1949-04-04');
    assert.deepEqual(lookup('INF')?.parties, ['United States', 'Soviet Union']);
  });
});

describe('agreements knowledge base: every name is found whole in running text', () => {
  it('each canonical name without a comma, in a plain sentence, is one mention of exactly that text', async () => {
    // (A descriptive name ending in a lower-case noun, "Colombian peace agreement", is a reference
    // that keeps its determiner, and is left out here.)
    const { analyze } = await import('../../src/engine/analyze');
    const missed: string[] = [];
    for (const r of AGREEMENTS) {
      if (/[,;]/.test(r.name) || /\s[a-z]+$/.test(r.name)) continue;
      const text = `Officials discussed the ${r.name} last year.`;
      const found = analyze(text).entities.filter((e) => e.type === 'agreement').flatMap((e) => e.mentions.map((m) => m.text));
      if (!found.includes(r.name)) missed.push(`${r.name} (found: ${found.join(' | ') || 'nothing'})`);
    }
    assert.deepEqual(missed, []);
  });
});

describe('systems knowledge base: every name is found whole in running text', () => {
  it('each canonical name not marked ambiguous, in a plain sentence, is one mention of exactly that text', async () => {
    const { analyze } = await import('../../src/engine/analyze');
    const missed: string[] = [];
    for (const r of SYSTEMS) {
      if (r.ambiguous) continue;
      const text = `Officials discussed the ${r.name} last year.`;
      const found = analyze(text).entities.filter((e) => e.type === 'system').flatMap((e) => e.mentions.map((m) => m.text));
      if (!found.includes(r.name)) missed.push(`${r.name} (found: ${found.join(' | ') || 'nothing'})`);
    }
    assert.deepEqual(missed, []);
  });

  it('spelled-out names with "to" or "for" inside are found whole', async () => {
    const { analyze } = await import('../../src/engine/analyze');
    const text = 'Ukraine received the Norwegian Advanced Surface to Air Missile System.';
    assert.deepEqual(analyze(text).entities.filter((e) => e.type === 'system').map((e) => [e.name, e.mentions.map((m) => m.text)]), [
      ['NASAMS', ['Norwegian Advanced Surface to Air Missile System']],
    ]);
  });
});
