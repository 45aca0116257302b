import { decodeCursor, encodeCursor, parsePageSize } from './cursor';

describe('Relay cursors', () => {
  it('round-trip the sort key of a row, including non-Latin text', () => {
    const key = ['अनुराधा मिश्रा', '019ad000-0000-7000-8000-000000001001'];
    expect(decodeCursor(encodeCursor(key), 2)).toEqual(key);
  });

  it('are refused naming after when tampered with', () => {
    expect(() => decodeCursor('e30', 2)).toThrow('after is not a valid cursor');
    expect(() => decodeCursor('%%%', 2)).toThrow('after is not a valid cursor');
  });

  it('allow pages of 1 to 100 only', () => {
    expect(parsePageSize(100)).toBe(100);
    expect(() => parsePageSize(0)).toThrow('first must be between 1 and 100.');
    expect(() => parsePageSize(101)).toThrow('first must be between 1 and 100.');
  });
});
