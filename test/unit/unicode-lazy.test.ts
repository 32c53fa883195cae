import * as assert from 'node:assert/strict';
import { slug } from '../../src/engine/analyze';
import { hasLetter, isAscii, tokenize, upperAt } from '../../src/engine/text';

// The Unicode-property expressions are made only for characters outside ASCII and general
// punctuation (text.ts, officials.ts, systems.ts, analyze.ts); each shortcut must answer as the
// expression it stands for, on ASCII and on everything else.
const samples: string[] = [];
for (let c = 0; c < 0x2100; c += c < 0x300 ? 1 : 7) samples.push(String.fromCharCode(c));
samples.push('\u{1d400}', '\u{1d41a}', 'É', 'ß', 'Σ', 'ǅ', '\u2019', '\u2013', '\u200b', '\ud835');

describe('Unicode-property expressions made only when needed', () => {
  it('upperAt answers /^\\p{Lu}/u at the position, astral letters and lone surrogates included', () => {
    for (const ch of samples) {
      const s = `x${ch}y`;
      assert.equal(upperAt(s, 1), /^\p{Lu}/u.test(s.slice(1, 3)), JSON.stringify(ch));
    }
    assert.equal(upperAt('ab', 5), false);
  });

  it('isAscii is /^[\\x00-\\x7f]*$/', () => {
    for (const ch of samples) assert.equal(isAscii(`A-${ch}1`), /^[\x00-\x7f]*$/.test(`A-${ch}1`), JSON.stringify(ch));
  });

  it('hasLetter is /\\p{L}/u', () => {
    for (const ch of samples) assert.equal(hasLetter(`1-${ch}`), /\p{L}/u.test(`1-${ch}`), JSON.stringify(ch));
  });

  it('names with general punctuation take the ASCII slug and get the slug of the Unicode path', () => {
    const unicodeSlug = (name: string): string =>
      name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'entity';
    const names = ['Iran\u2013Russia memorandum of understanding', '\u201cSecurity of Supply\u201d Arrangement', 'U.S.\u2011Japan\u2014Guidelines', '\u2026', 'A\u2024B\u2025C\u203cD\u2047E'];
    for (let c = 0x2010; c <= 0x205e; c++) names.push(`Alpha${String.fromCharCode(c)}Beta 12`);
    for (const name of names) assert.equal(slug(name), unicodeSlug(name), JSON.stringify(name));
    // Other scripts still take the Unicode path.
    assert.equal(slug('Сергей Шойгу'), unicodeSlug('Сергей Шойгу'));
    assert.equal(slug('José Núñez'), 'jose-nunez');
  });

  it('capitals and case flags of spellings are those of the expressions', () => {
    const text = samples.map((ch) => `${ch}bc ${ch}BC`).join(' ');
    const toks = tokenize(text);
    for (let i = 0; i < toks.length; i++) {
      const t = toks.spelling(i)!;
      if (!t.word) continue;
      assert.equal(t.cap, /^\p{Lu}/u.test(t.text), t.text);
      assert.equal(t.upper, !/\p{Ll}/u.test(t.text) && (t.text.match(/\p{Lu}/gu)?.length ?? 0) >= 2, t.text);
    }
  });
});
