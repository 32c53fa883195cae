import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { decodeArticle, sizeLimitReason, stripBom } from '../../src/engine/input';

const MB = 1024 * 1024;
const opts = { maxBytes: 10 * MB };
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

/** UTF-16 bytes of `text` with a byte-order mark, little- or big-endian. */
function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, !bigEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), !bigEndian);
  return out;
}

function decodeOk(input: Uint8Array, maxBytes = opts.maxBytes): { text: string; notes: string[] } {
  const result = decodeArticle(input, { maxBytes });
  assert.ok(result.ok, `expected success, got ${JSON.stringify(result)}`);
  return result;
}

function decodeFails(input: Uint8Array, maxBytes = opts.maxBytes): string {
  const result = decodeArticle(input, { maxBytes });
  assert.ok(!result.ok, `expected a failure, got ${JSON.stringify(result)}`);
  return result.reason;
}

describe('decodeArticle', () => {
  describe('ordinary text', () => {
    it('decodes ASCII and multi-byte UTF-8 without notes', () => {
      const text = 'Минобороны России: Сергей Шойгу. 国防部. Café ☕ 𝔸';
      assert.deepEqual(decodeOk(utf8(text)), { ok: true, text, notes: [] });
    });

    it('accepts an empty file as empty text', () => {
      assert.deepEqual(decodeOk(new Uint8Array(0)), { ok: true, text: '', notes: [] });
    });

    it('keeps line endings exactly as they are (CRLF, LF, lone CR)', () => {
      const text = 'line one\r\nline two\nline three\rend\r\n';
      assert.equal(decodeOk(utf8(text)).text, text);
    });

    it('keeps tabs, form feeds and the odd escape character in long prose', () => {
      const text = 'Heading\f\n\tIndented paragraph with a stray \x1b escape. '.repeat(20);
      assert.equal(decodeOk(utf8(text)).text, text);
    });
  });

  describe('byte-order marks', () => {
    it('removes a UTF-8 byte-order mark so offsets match what the editor shows', () => {
      const { text, notes } = decodeOk(bytes([0xef, 0xbb, 0xbf], utf8('Shoigu')));
      assert.equal(text, 'Shoigu');
      assert.deepEqual(notes, []);
    });

    it('removes only the first mark when a file has two', () => {
      assert.equal(decodeOk(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8('x'))).text, '\ufeffx');
    });

    it('decodes UTF-16 LE and BE with a byte-order mark, and says so', () => {
      const text = 'Шойгу met Dehqan\r\nin Tehran 𝔸';
      for (const bigEndian of [false, true]) {
        const decoded = decodeOk(utf16(text, bigEndian));
        assert.equal(decoded.text, text);
        assert.match(decoded.notes.join(), bigEndian ? /UTF-16 BE/ : /UTF-16 LE/);
      }
    });

    it('refuses UTF-16 that decodes to NUL characters', () => {
      assert.equal(decodeFails(utf16('a\u0000b\u0000', false)), 'binary file');
    });
  });

  describe('binary and foreign files', () => {
    it('refuses a file containing NUL bytes as binary', () => {
      assert.equal(decodeFails(bytes(utf8('Shoigu'), [0], utf8('more text'))), 'binary file');
    });

    it('refuses a file that is mostly control characters even without NUL bytes', () => {
      assert.equal(decodeFails(bytes([1, 2, 3, 4, 5, 6, 7, 8], utf8('ab'))), 'binary file');
    });

    it('repairs a few invalid UTF-8 bytes with U+FFFD and a note, not a failure', () => {
      const { text, notes } = decodeOk(bytes(utf8('Caf'), [0xe9], utf8(' in Moscow with Shoigu')));
      assert.equal(text, 'Caf\ufffd in Moscow with Shoigu');
      assert.equal(notes.length, 1);
      assert.match(notes[0]!, /invalid UTF-8: 1 byte sequence replaced/);
    });

    it('does not count a validly encoded U+FFFD as an invalid byte', () => {
      const { notes } = decodeOk(bytes(utf8('ok \ufffd \ufffd '), [0xff], utf8(' end')));
      assert.match(notes[0]!, /: 1 byte sequence replaced/);
    });

    it('refuses text that is mostly invalid UTF-8 (another encoding) as "not UTF-8 text"', () => {
      // "Шойгу встретил" in Windows-1251: every letter is a byte that is invalid as UTF-8.
      const cp1251 = [0xd8, 0xee, 0xe9, 0xe3, 0xf3, 0x20, 0xe2, 0xf1, 0xf2, 0xf0, 0xe5, 0xf2, 0xe8, 0xeb];
      assert.equal(decodeFails(Uint8Array.from(cp1251)), 'not UTF-8 text');
    });
  });

  describe('size limit', () => {
    it('accepts a file of exactly the limit and refuses one byte more, naming the limit in MB', () => {
      const limit = 2 * MB;
      assert.equal(decodeOk(new Uint8Array(limit).fill(0x61), limit).text.length, limit);
      assert.equal(decodeFails(new Uint8Array(limit + 1).fill(0x61), limit), 'larger than the 2 MB limit');
    });

    it('prints fractional limits without floating-point noise', () => {
      assert.equal(sizeLimitReason(Math.round(0.001 * MB)), 'larger than the 0.001 MB limit');
      assert.equal(sizeLimitReason(10 * MB), 'larger than the 10 MB limit');
    });
  });

  describe('properties', () => {
    // Any text without control characters survives a UTF-8 round trip, except that a leading
    // byte-order mark is removed, exactly as stripBom describes.
    const prose = fc.string({ unit: 'binary', maxLength: 200 }).filter((s) => !/[\u0000-\u0008\u000e-\u001f\u007f]/.test(s));

    it('round-trips UTF-8 text (a leading BOM removed)', () => {
      fc.assert(fc.property(prose, (text) => decodeOk(utf8(text)).text === stripBom(text)));
    });

    it('round-trips UTF-16 text with a byte-order mark', () => {
      fc.assert(fc.property(prose, fc.boolean(), (text, be) => decodeOk(utf16(text, be)).text === stripBom(text)));
    });

    it('never throws, whatever the bytes', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 300 }), (input) => {
          const result = decodeArticle(input, { maxBytes: 200 });
          return result.ok ? typeof result.text === 'string' : result.reason.length > 0;
        }),
      );
    });
  });
});

describe('stripBom', () => {
  it('removes one leading U+FEFF and nothing else', () => {
    assert.equal(stripBom('\ufeffabc'), 'abc');
    assert.equal(stripBom('abc\ufeff'), 'abc\ufeff');
    assert.equal(stripBom('\ufeff\ufeff'), '\ufeff');
    assert.equal(stripBom(''), '');
  });
});
