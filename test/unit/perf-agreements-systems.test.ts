// The caches and fast paths of the agreements and systems stages (per-spelling facts, the
// per-token bytes built from them, the knowledge-base start bits) must not change what is found:
// each test compares a fast path with the plain answer, or with what the stage found before
// these mechanisms existed (the expected lists below were produced by the code without them).
import { strict as assert } from 'node:assert';
import { sentenceIds, tokenize } from '../../src/engine/text';
import { AgreementRecognizer, compileAgreements, type AgreementsKb } from '../../src/engine/agreements';
import { SystemRecognizer, compileSystems, type SystemsKb } from '../../src/engine/systems';
import { COMPILED } from '../../src/engine/data/compiled';

function agreementMentions(text: string, kb: AgreementsKb): string[] {
  return new AgreementRecognizer(text, tokenize(text), kb).run().map((s) => `${text.slice(s.start, s.end)}|${s.key}|${s.nominal ? 'n' : ''}`);
}

/** A knowledge base with the built-in entries and one that no text here names: the recogniser then takes the plain path for it. */
const plainAgreements = (): AgreementsKb => compileAgreements([{ type: 'agreement', name: 'Qqzx Vvwy' }]);

describe('agreements: cached word facts and fast paths', () => {
  // Each role of a word after a determiner (head, "letter"/"framework", modifier, currency,
  // amount, quote, other), possessives, words longer than the interned ones, line breaks, and a
  // capitalised name whose head noun is 13 tokens after its first word (the furthest shapedName
  // looks; the test that skips capitalised words far from a head noun must not cut it) and 14.
  const cases: Array<[string, string[]]> = [
    [
      "The two countries signed a $4.75 billion agreement. The agreement covers spare parts.",
      [
        "a $4.75 billion agreement|a:nominal-0|n",
        "The agreement|a:nominal-0|n"
      ],
    ],
    [
      "Officials want a 10-year deal. They reached a €2 billion deal with Paris. The deal was signed.",
      [
        "a €2 billion deal|a:nominal-0|n",
        "The deal|a:nominal-0|n"
      ],
    ],
    [
      "They signed a letter of intent on Monday. The letter of intent names no price.",
      [
        "a letter of intent|a:nominal-0|n",
        "The letter of intent|a:nominal-0|n"
      ],
    ],
    [
      "Japan and the Philippines signed the Reciprocal Access Agreement. The Iran nuclear deal was not discussed. The Japanese agreement was praised.",
      [
        "Reciprocal Access Agreement|a:reciprocal access agreement|",
        "The Iran nuclear deal|a:nominal-0|n",
        "The Japanese agreement|a:nominal-1|n"
      ],
    ],
    [
      "The Treaty Parties met. The treaty obligations remain. The agreement’s terms are secret.",
      // A possessive head is the agreement itself (since 30 Nov): "the agreement’s terms".
      ["The agreement|a:nominal-0|n"],
    ],
    [
      "They signed the MoU and the MOU was published; an MOA followed, and the mou was lost.",
      [
        "the MoU|a:nominal-0|n",
        "the MOU|a:nominal-0|n",
        "an MOA|a:nominal-1|n"
      ],
    ],
    [
      "Under the framework of cooperation, the framework agreement and the Framework were discussed.",
      [
        "the framework of cooperation|a:nominal-0|n",
        "the framework agreement|a:nominal-0|n"
      ],
    ],
    [
      "The “security of supply” arrangement and the \"open skies\" agreement were extended.",
      [
        "“security of supply” arrangement|a:“security of supply” arrangement|",
        "\"open skies\" agreement|a:“open skies” agreement|"
      ],
    ],
    [
      "The Enhanced Defense Cooperation Agreement, or EDCA, was signed. EDCA sites and the EDCA agreement. EDCA’s future.",
      [
        "Enhanced Defense Cooperation Agreement|a:enhanced defense cooperation agreement|",
        "EDCA|a:enhanced defense cooperation agreement|",
        "EDCA|a:enhanced defense cooperation agreement|",
        "EDCA agreement|a:enhanced defense cooperation agreement|",
        "EDCA|a:enhanced defense cooperation agreement|"
      ],
    ],
    [
      "The intergovernmental agreement and the comprehensive multinational arrangement were reached.",
      [
        "The intergovernmental agreement|a:nominal-0|n",
        "the comprehensive multinational arrangement|a:nominal-0|n"
      ],
    ],
    [
      "UN Security Council Resolution 2231 was cited. The resolution of the conflict. The resolution was adopted.",
      [
        "UN Security Council Resolution 2231|a:un security council resolution 2231|",
        "The resolution|a:un security council resolution 2231|n"
      ],
    ],
    [
      // "the defense protocol" is no memorandum: a protocol refers back to a protocol only (it had joined the MOU).
      "a memorandum of understanding was signed; the memorandum of agreement followed. The military pact and the defense protocol.",
      [
        "a memorandum of understanding|a:nominal-0|n",
        "the memorandum of agreement|a:nominal-0|n",
        "The military pact|a:nominal-0|n",
        "the defense protocol|a:nominal-1|n"
      ],
    ],
    [
      "Washington seeks an agreement. It is an agreement. The New START treaty and the INF Treaty. The treaty expired.",
      [
        "New START treaty|a:new start|",
        "INF Treaty|a:intermediate-range nuclear forces treaty|",
        "The treaty|a:intermediate-range nuclear forces treaty|n"
      ],
    ],
    [
      "The U.S.-Japan Security Treaty and the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) and the NPT’s review.",
      [
        "U.S.-Japan Security Treaty|a:Japan + United States security treaty|",
        "Treaty on the Non-Proliferation of Nuclear Weapons|a:treaty on the non-proliferation of nuclear weapons|",
        "NPT|a:treaty on the non-proliferation of nuclear weapons|",
        "NPT|a:treaty on the non-proliferation of nuclear weapons|"
      ],
    ],
    [
      "its deal, their accord, our contract, his arrangement, her pact, that agreement, this treaty.",
      [
        "its deal|a:nominal-0|n",
        "their accord|a:nominal-0|n",
        "our contract|a:nominal-0|n",
        "his arrangement|a:nominal-0|n",
        "her pact|a:nominal-0|n",
        "that agreement|a:nominal-0|n",
        "this treaty|a:nominal-1|n"
      ],
    ],
    [
      "The Russian-Iranian agreement, the Turkish deal, the UK agreement, the U.S. deal, the United States agreement.",
      [
        "The Russian-Iranian agreement|a:nominal-0|n",
        "the Turkish deal|a:nominal-1|n",
        "the UK agreement|a:nominal-2|n",
        "the U.S. deal|a:nominal-3|n",
        "the United States agreement|a:nominal-3|n"
      ],
    ],
    [
      "the constructor agreement, the toString deal, the __proto__ treaty.",
      [
        "the constructor agreement|a:nominal-0|n"
      ],
    ],
    [
      "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Treaty was cited. Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Treaty too.",
      [
        "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Treaty|a:alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu treaty|",
        "Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Treaty|a:beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi treaty|"
      ],
    ],
    [
      // A lower-case "between" after a name says whose it is and is no part of it.
      "The Joint Naval\nAgreement and the Joint Naval Agreement Parties and the Joint Naval Agreement between Spain and Italy and the North Sea Treaty of Rome.",
      [
        "Joint Naval Agreement|a:joint naval agreement|",
        "North Sea Treaty of Rome|a:north sea treaty of rome|"
      ],
    ],
    [
      "The deal’s terms, the agreements’ terms, its MOA’s terms, the letter of support, the framework for talks, the 2024 agreement, the US$5 deal.",
      [
        // A possessive head is the agreement itself (since 30 Nov), and the later definite one refers to it.
        "The deal|a:nominal-0|n",
        // So is an acronym's in capitals (since 1 Dec: "ahead of the MOU's expiration").
        "its MOA|a:nominal-1|n",
        // A year tells an older agreement from one described without a year, unless the year is
        // written at it (since 30 Nov, second session; see yearsAgree): "the 2024 agreement" is its own.
        "the 2024 agreement|a:nominal-2|n",
        // "US" in capitals is a country modifier, and "$5" an amount, as in "the $5 deal".
        "the US$5 deal|a:nominal-3|n"
      ],
    ],
    [
      "The\nagreement was split. The $\n5 billion deal. The $ 5 billion deal. A $5billion deal.",
      [],
    ],
  ];

  it('finds what the stage found before the facts were cached', () => {
    const kb = compileAgreements([]);
    for (const [text, expected] of cases) assert.deepEqual(agreementMentions(text, kb), expected, text);
    // A second time: the facts now come from the cache.
    for (const [text, expected] of cases) assert.deepEqual(agreementMentions(text, kb), expected, text);
  });

  it('matches every built-in name and acronym as the plain look-up does', () => {
    const builtIn = compileAgreements([]);
    const parts: string[] = [];
    for (const info of builtIn.infos) parts.push(`On Monday the ${info.name} was cited, and ${info.name.toUpperCase()} too.`);
    for (const acronym of builtIn.acronyms.keys()) parts.push(`Then ${acronym} and ${acronym}’s partners and ${acronym} agreement.`);
    const text = parts.join('\n');
    const fast = agreementMentions(text, builtIn);
    assert.ok(fast.length > builtIn.infos.length, 'the names are found');
    assert.deepEqual(fast, agreementMentions(text, plainAgreements()));
  });

  it('finds a user entry whose words the built-in facts say start nothing', () => {
    const text = 'The Pelican Understanding, or PLCN, was signed. PLCN sites. Zebra Quokka was cited.';
    const builtIn = compileAgreements([]);
    // The facts of "Pelican", "Zebra" and "PLCN" are cached against the built-in knowledge base first.
    assert.deepEqual(agreementMentions(text, builtIn), []);
    const user = compileAgreements([
      { type: 'agreement', name: 'Pelican Understanding', aliases: ['PLCN'] },
      { type: 'agreement', name: 'Zebra Quokka' },
    ]);
    assert.deepEqual(agreementMentions(text, user), [
      'Pelican Understanding|a:pelican understanding|',
      'PLCN|a:pelican understanding|',
      'PLCN|a:pelican understanding|',
      'Zebra Quokka|a:zebra quokka|',
    ]);
  });
});

function systemMentions(text: string, kb: SystemsKb): string[] {
  const toks = tokenize(text);
  return new SystemRecognizer(text, toks, sentenceIds(toks), kb).run().map((s) => `${text.slice(s.start, s.end)}|${s.key}|${s.nominal ? 'n' : ''}|${s.attributes['kind'] ?? ''}`);
}

/** The built-in systems and one that no text here names: the recogniser then takes the plain path. */
const plainSystems = (): SystemsKb => compileSystems([{ type: 'system', name: 'Qqzx Vvwy' }]);

describe('systems: cached word facts and fast paths', () => {
  // Names, designations in several spellings, ships, unknown designations, and back-references
  // with each role of a word (head, head used as a modifier, kind word, nationality, opener).
  const cases: Array<[string, string[]]> = [
    [
      "Russia delivered the S-400 to Turkey. The Russian system was tested. The air defense systems were moved.",
      [
        "S-400|s:S400||",
        "The Russian system|s:S400|n|russian system",
        "The air defense systems|s:S400|n|air defense system"
      ],
    ],
    [
      "The F-35A and F-16 fighter jets flew. The fighter jets landed. The jets were parked. Those fighters left.",
      [
        "F-35A|s:F35/F35A||",
        "F-16|s:F16||fighter jet"
      ],
    ],
    [
      "Patriot batteries arrived. The Patriot was fired. These missiles hit. The missile systems of Ukraine.",
      [
        "Patriot|s:PATRIOT||battery",
        "Patriot|s:PATRIOT||",
        "These missiles|s:PATRIOT|n|missile"
      ],
    ],
    [
      "The USS Carney and HMS Queen Elizabeth sailed. The ships returned. The XK-12 missile was shown; the XK-12 was new.",
      [
        "USS Carney|s:ship:uss carney||",
        "HMS Queen Elizabeth|s:QUEENELIZABETHCLASS||",
        "XK-12|s:XK12||missile",
        "XK-12|s:XK12||"
      ],
    ],
    [
      "Iron Dome and David’s Sling intercepted. The system, the S-300, failed. The American tanks and the M1A2 Abrams tank.",
      [
        "Iron Dome|s:IRONDOME||",
        "David’s Sling|s:DAVIDSSLING||",
        "S-300|s:S300||",
        "M1A2 Abrams|s:M1ABRAMS/M1A2||tank"
      ],
    ],
    [
      // (Since 30 Nov "The drone" repeats the noun written after the last system named, two
      // sentences back: the TB2's. Since the sixth session "The Turkish drones" is the TB2's too:
      // its origin "Turkey" and the nationality's "Türkiye" are the same country.)
      "The Bayraktar TB2 drone struck. The Turkish drones returned. The drone was lost. The helicopters: Mi-8 and the Mi-24.",
      [
        "Bayraktar TB2|s:BAYRAKTARTB2||drone",
        "Mi-8|s:MI8||",
        "Mi-24|s:MI24||",
        "The Turkish drones|s:BAYRAKTARTB2|n|turkish drone",
        "The drone|s:BAYRAKTARTB2|n|"
      ],
    ],
    [
      // The submarine's name after its type is a ship since ships named after their type are ("the cruiser Moskva").
      // (The family's designation in the singular beside its one variant stays the family.)
      "С-300 and S300PMU-2 and 9M729 and 2S19 were listed. The submarine K-329 Belgorod. The submarines sailed.",
      [
        "С-300|s:S300||",
        "S300PMU-2|s:S300/S300PMU2||",
        "9M729|s:9M729||",
        "2S19|s:2S19||",
        "K-329 Belgorod|s:ship:k-329 belgorod||"
      ],
    ],
    [
      "the constructor system, the toString missiles, the __proto__ aircraft. The aircraft of the navy. The aircraft returned.",
      [],
    ],
    [
      "The High Mobility Artillery Rocket Systems arrived. The artillery systems. AGM-88 and MQ-9 Reaper and COVID-19.",
      [
        "High Mobility Artillery Rocket Systems|s:HIMARS||",
        "AGM-88|s:AGM88||",
        "MQ-9 Reaper|s:MQ9||",
        "The artillery systems|s:HIMARS|n|artillery system"
      ],
    ],
    [
      "The Su-57 flew over Syria. The Russian fighter jets landed. The fighter was seen; the fighter aircraft and the stealth fighter returned.",
      [
        "Su-57|s:SU57||",
        "The Russian fighter jets|s:SU57|n|russian fighter jet",
        "The fighter|s:SU57|n|fighter",
        "the fighter aircraft|s:SU57|n|fighter aircraft",
        "the stealth fighter|s:SU57|n|stealth fighter"
      ],
    ],
    [
      "The K9 Thunder howitzer fired. The South Korean systems and the tanks jets. The T-90 tank and the Russian tanks.",
      [
        "K9 Thunder|s:K9||howitzer",
        "T-90|s:T90||tank",
        "the Russian tanks|s:T90|n|russian tank"
      ],
    ],
    [
      "The\nsystems were split. The intercontinental-ballistic missiles and the Russian-made air-defense systems.",
      [],
    ],
  ];

  it('finds what the stage found before the facts were cached', () => {
    const kb = compileSystems([]);
    for (const [text, expected] of cases) assert.deepEqual(systemMentions(text, kb), expected, text);
    for (const [text, expected] of cases) assert.deepEqual(systemMentions(text, kb), expected, text);
  });

  it('finds every built-in name and designation as the plain look-up does', () => {
    const builtIn = compileSystems([]);
    const title = (w: string): string => (/^(of|and|the|de|la)$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1));
    const parts: string[] = [];
    builtIn.phrases.forEach((words) => {
      const name = words.map(title).join(' ');
      parts.push(`On Monday the ${name} missile system was moved, and ${name}s and ${name}’s radar too.`);
    });
    for (const d of COMPILED.systems.designations) parts.push(`Then ${d} and ${d}’s launcher and the ${d}-M.`);
    const text = parts.join('\n');
    const fast = systemMentions(text, builtIn);
    assert.ok(fast.length > parts.length, 'the names are found');
    assert.deepEqual(fast, systemMentions(text, plainSystems()));
  });

  it('finds a user entry whose words the built-in facts say start nothing', () => {
    const text = 'The Pelican Lance was fired. A Quokka Mk 2 flew. Both left.';
    const builtIn = compileSystems([]);
    // The facts of "Pelican" and "Quokka" are cached against the built-in knowledge base first.
    assert.deepEqual(systemMentions(text, builtIn), []);
    const user = compileSystems([
      { type: 'system', name: 'Pelican Lance' },
      { type: 'system', name: 'Quokka Mk 2' },
    ]);
    assert.deepEqual(systemMentions(text, user).map((m) => m.split('|')[0]), ['Pelican Lance', 'Quokka Mk 2']);
  });
});
