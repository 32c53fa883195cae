// The analysis cache's pure helpers: the size/binary gate and the mention under the cursor.
import * as assert from 'node:assert/strict';
import type { Entity, Mention } from '../../src/engine';
import { checkSize, mentionAt, utf8Length, type MentionRef } from '../../src/extension/lookup';

describe('checkSize', () => {
  it('counts UTF-8 bytes, not UTF-16 units, against the limit', () => {
    assert.equal(utf8Length('aé€😀'), 1 + 2 + 3 + 4);
    assert.equal(utf8Length('\uD800'), 3, 'a lone surrogate at the end counts as one replacement');
    const limitMB = 1 / 1024; // 1 KB
    assert.equal(checkSize('a'.repeat(1024), limitMB), undefined);
    // 400 Cyrillic letters are 400 UTF-16 units but 800 bytes: under; 600 are 1200 bytes: over.
    assert.equal(checkSize('ж'.repeat(400), limitMB), undefined);
    const skip = checkSize('ж'.repeat(600), limitMB);
    assert.equal(skip?.reason, 'tooLarge');
    assert.match(skip!.message, /maxFileSizeMB/);
  });

  it('refuses text with NUL characters as binary, with a reason', () => {
    assert.equal(checkSize('PK\u0003\u0004\u0000\u0000', 5)?.reason, 'binary');
    assert.equal(checkSize('', 5), undefined, 'an empty article is fine');
  });
});

describe('mentionAt', () => {
  const mention = (start: number, end: number): Mention => ({ start, end, line: 1, column: start + 1, text: 'x'.repeat(end - start), nominal: false });
  const entity = (id: string, mentions: Mention[]): Entity => ({ id, type: 'official', name: id, attributes: {}, mentions });
  const a = entity('a', [mention(0, 5), mention(20, 25)]);
  const b = entity('b', [mention(10, 30)]);
  const sorted: MentionRef[] = [
    { entity: a, mention: a.mentions[0]!, index: 0 },
    { entity: b, mention: b.mentions[0]!, index: 0 },
    { entity: a, mention: a.mentions[1]!, index: 1 },
  ];

  it('finds the mention containing an offset, including right after its end', () => {
    assert.equal(mentionAt(sorted, 0)?.entity.id, 'a');
    assert.equal(mentionAt(sorted, 5)?.entity.id, 'a');
    assert.equal(mentionAt(sorted, 7), undefined);
    assert.equal(mentionAt(sorted, 31), undefined);
    assert.equal(mentionAt([], 3), undefined);
  });

  it('prefers the innermost of nested mentions', () => {
    assert.equal(mentionAt(sorted, 22)?.entity.id, 'a');
    assert.equal(mentionAt(sorted, 22)?.index, 1);
    assert.equal(mentionAt(sorted, 12)?.entity.id, 'b');
  });
});
