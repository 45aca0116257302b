import { decodeCursor, encodeCursor, parsePageSize, type CursorPart } from './cursor';

const encode = (value: unknown): string =>
  Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

describe('Relay cursors', () => {
  it('round-trip the sort key of a row, including non-Latin text', () => {
    const key = ['अनुराधा मिश्रा', '019ad000-0000-7000-8000-000000001001'];
    expect(decodeCursor(encodeCursor(key), ['text', 'uuid'])).toEqual(key);
    const timeKey = ['2026-11-20T05:30:00.000Z', '019ad000-0000-7000-8000-000000000101'];
    expect(decodeCursor(encodeCursor(timeKey), ['timestamp', 'uuid'])).toEqual(timeKey);
  });

  const id = '019ad000-0000-7000-8000-000000001001';
  it.each<[string, string, CursorPart[]]>([
    ['not base64 JSON', '%%%', ['text', 'uuid']],
    ['an empty string', '', ['text', 'uuid']],
    ['an object', encode({}), ['text', 'uuid']],
    ['a query operator', encode([{ $ne: 'x' }, id]), ['text', 'uuid']],
    ['nested arrays', encode([[1, 2, 3], id]), ['text', 'uuid']],
    ['numbers', encode([1, 2]), ['text', 'uuid']],
    ['nulls', encode([null, null]), ['text', 'uuid']],
    ['a non-UUID id', encode(['Ananya', '1 OR 1=1']), ['text', 'uuid']],
    ['a non-ISO time', encode(['yesterday', id]), ['timestamp', 'uuid']],
    ['too many values', encode(['a', id, 'c']), ['text', 'uuid']],
  ])('are refused naming after when they hold %s', (_label, cursor, parts) => {
    expect(() => decodeCursor(cursor, parts)).toThrow('after is not a valid cursor');
  });

  it('allow pages of 1 to 100 only', () => {
    expect(parsePageSize(100)).toBe(100);
    expect(() => parsePageSize(0)).toThrow('first must be between 1 and 100.');
    expect(() => parsePageSize(101)).toThrow('first must be between 1 and 100.');
  });
});
