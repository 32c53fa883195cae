// The caches and fast paths of the agreements and systems stages (per-spelling facts, the
// per-token bytes built from them, the knowledge-base start bits) must not change what is found:
// each test compares a fast path with the plain answer, or with what the stage found before
// these mechanisms existed (the expected lists below were produced by the code without them).
import { strict as assert } from 'node:assert';
import { tokenize } from '../../src/engine/text';
import { AgreementRecognizer, compileAgreements, type AgreementsKb } from '../../src/engine/agreements';

function agreementMentions(text: string, kb: AgreementsKb): string[] {
  return new AgreementRecognizer(text, tokenize(text), kb).run().map((s) => `${text.slice(s.start, s.end)}|${s.key}|${s.nominal ? 'n' : ''}`);
}

/** A knowledge base with the built-in entries and one that no text here names: the recogniser then takes the plain path for it. */
const plainAgreements = (): AgreementsKb => compileAgreements([{ type: 'agreement', name: 'Qqzx Vvwy' }]);

describe('agreements: cached word facts and fast paths', () => {
  // Each role of a word after a determiner (head, "letter"/"framework", modifier, currency,
  // amount, quote, other), possessives, words longer than the interned ones, line breaks.
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
    [],
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
    "a memorandum of understanding was signed; the memorandum of agreement followed. The military pact and the defense protocol.",
    [
      "a memorandum of understanding|a:nominal-0|n",
      "the memorandum of agreement|a:nominal-0|n",
      "The military pact|a:nominal-0|n",
      "the defense protocol|a:nominal-0|n"
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
      "U.S.-Japan Security Treaty|a:u.s.-japan security treaty|",
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
      "the United States agreement|a:nominal-1|n"
    ],
  ],
  [
    "the constructor agreement, the toString deal, the __proto__ treaty.",
    [
      "the constructor agreement|a:nominal-0|n"
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
