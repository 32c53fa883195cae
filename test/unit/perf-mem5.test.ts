// Memory work of issue 5 (perf5-mem): compact per-token flags and per-pass structures; these tests
// pin down that the results are those of the straightforward code.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/engine';
import { MAX_FLAG_BREAKS, detachedCopy, sentenceIds, tokenize } from '../../src/engine/text';

describe('engine: compact token flags (perf5-mem)', () => {
  it('keeps whitespace and line breaks before a token, line breaks capped but never 0', () => {
    for (const breaks of [0, 1, 2, MAX_FLAG_BREAKS - 1, MAX_FLAG_BREAKS, MAX_FLAG_BREAKS + 1, 300, 1000]) {
      for (const space of ['', ' ', '\t']) {
        // Without whitespace or breaks the first two words run together.
        if (breaks === 0 && space === '') continue;
        const text = `Minister${space}${'\n'.repeat(breaks)}Shoigu ${'\r\n'.repeat(breaks)}said.`;
        const toks = tokenize(text);
        assert.equal(toks.length, 4);
        const nl = toks.nl(1);
        // The count of line breaks before the token, capped; compared with 0 only by the stages.
        assert.equal(nl, Math.min(breaks, MAX_FLAG_BREAKS));
        assert.equal(toks.space(1), breaks > 0 || space !== '');
        assert.equal(toks.nl(2) > 0, breaks > 0);
        assert.equal(toks.nl(3), 0);
      }
    }
  });
  it('many blank lines between names split sentences and lines as few do', () => {
    const body = 'Russian Defence Minister Sergei Shoigu met Iranian Defence Minister Amir Hatami.';
    const few = analyze(`${body}\n\n${body}`);
    const many = analyze(`${body}${'\n'.repeat(400)}${body}`);
    const strip = (r: typeof few) => JSON.stringify(r, (k, v) => (k === 'start' || k === 'end' || k === 'line' || k === 'column' ? undefined : v));
    assert.equal(strip(many), strip(few));
    const toks = tokenize(`A.${'\n'.repeat(400)}B`);
    assert.deepEqual(Array.from(sentenceIds(toks)), [0, 0, 1]);
  });

  it('trims token arrays made or grown for a text, and reuses a pool that fits as it is', () => {
    const plain = (toks: ReturnType<typeof tokenize>) => Array.from({ length: toks.length }, (_, i) => [toks.spelling(i)!.text, toks.start[i], toks.endOf(i), toks.space(i), toks.nl(i)]);
    const article = 'Russian Defence Minister Sergei Shoigu met Iranian Defence Minister Amir Hatami in Tehran.\n\n';
    // Long words (few tokens per character), then short ones (more tokens than the estimate).
    const texts = [article.repeat(50), 'a b c d e f g h i j k l m n o p q r s t u v w x y z.\n'.repeat(200), article.repeat(3), article.repeat(400), 'x '.repeat(30000), ''];
    let pool: ReturnType<typeof tokenize> | undefined;
    for (const text of texts) {
      const fresh = tokenize(text);
      assert.ok(fresh.start.length <= fresh.length + (fresh.length >>> 3) + 64, 'a fresh tokenize keeps at most an eighth to spare');
      assert.equal(fresh.ids.length, fresh.start.length);
      assert.equal(fresh.flags.length, fresh.start.length);
      pool = tokenize(text, pool);
      assert.deepEqual(plain(pool), plain(fresh));
      // Refilled with the same text again, the arrays are kept.
      const start = pool.start;
      pool = tokenize(text, pool);
      assert.equal(pool.start, start);
      assert.deepEqual(plain(pool), plain(fresh));
    }
  });
});

describe('engine: detachedCopy (keys of tables that outlive a call)', () => {
  it('gives the same characters at every length around the copied-slice limit, surrogate pairs included', () => {
    const source = 'Assistant Secretary of Defense for International Security Affairs 🇺🇸 Ünïcödé ’s'.repeat(3);
    for (let start = 0; start < 20; start++) {
      for (let end = start; end <= source.length; end += 7) {
        const s = source.slice(start, end);
        assert.equal(detachedCopy(s), s, `slice ${start}..${end}`);
      }
    }
    assert.equal(detachedCopy(''), '');
  });
});
