import { describe, expect, test } from 'vitest';
import {
  base64ByteLength,
  decodeBase64,
  decodeUint16,
  decodeUint32,
  encodeArray,
  encodeBase64,
  PostingCursor,
  VarintWriter,
} from '../../../utils/index-build/codec';

describe('segment codec', () => {
  test('base64 agrees with the platform encoder for every padding case', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 255, 256, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 255);
      const text = encodeBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ByteLength(text)).toBe(length);
      expect(Array.from(decodeBase64(text))).toEqual(Array.from(bytes));
    }
  });

  test('typed arrays round-trip, also from a subarray view', () => {
    const u32 = Uint32Array.from([0, 1, 0xffffffff, 123456789, 70000]);
    expect(Array.from(decodeUint32(encodeArray(u32)))).toEqual(Array.from(u32));
    expect(Array.from(decodeUint32(encodeArray(u32.subarray(2, 4))))).toEqual([
      0xffffffff, 123456789,
    ]);
    const u16 = Uint16Array.from([65535, 0, 7]);
    expect(Array.from(decodeUint16(encodeArray(u16)))).toEqual([65535, 0, 7]);
  });

  test('the posting cursor reads (unit delta, tf) varints in place, list by list', () => {
    const lists = [
      [
        [0, 1],
        [1, 3],
        [200, 1],
        [70000, 127],
      ],
      [[5, 2]],
      [
        [3_000_000, 1],
        [3_000_001, 1],
      ],
    ];
    const writer = new VarintWriter();
    const starts = [0];
    for (const list of lists) {
      let previous = 0;
      for (const [unit, tf] of list) {
        writer.push((unit - previous) * 2 + (tf > 1 ? 1 : 0));
        if (tf > 1) writer.push(tf);
        previous = unit;
      }
      starts.push(writer.length);
    }
    const cursor = new PostingCursor(encodeBase64(writer.toBytes()));
    lists.forEach((list, i) => {
      const read: number[][] = [];
      cursor.reset(starts[i], starts[i + 1]);
      while (cursor.next()) read.push([cursor.unit, cursor.tf]);
      expect(read).toEqual(list);
    });
  });
});
