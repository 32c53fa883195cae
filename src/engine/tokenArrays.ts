import { Tokens, type Spelling, type Token } from './text';

/**
 * The parallel token arrays the systems and agreements recognisers read. Token objects (what
 * analyze.ts passed them before the arrays existed) are copied into arrays, so both callers work;
 * passing the arrays themselves costs nothing.
 */
export function tokenArrays(tokens: Tokens | readonly Token[]): Tokens {
  if (tokens instanceof Tokens) return tokens;
  const out = new Tokens(Math.max(1, tokens.length));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const sp: Spelling = { text: t.text, lower: t.lower, key: t.key, cap: t.cap, upper: t.upper, word: t.word, country: t.country, memo: t.memo };
    out.sp.push(sp);
    out.start[i] = t.start;
    out.end[i] = t.end;
    out.flags[i] = (t.space ? 1 : 0) | (t.nl << 1);
  }
  out.length = tokens.length;
  return out;
}
