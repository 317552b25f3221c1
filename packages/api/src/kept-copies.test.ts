import { describe, expect, it } from 'vitest';
import { KeptCopies } from './kept-copies.js';

describe('kept copies', () => {
  it('give a copy only at the version it was read at', () => {
    const c = new KeptCopies<string>(10);
    c.set('a', '1', 'one');
    expect(c.get('a', '1')).toBe('one');
    expect(c.get('a', '2')).toBeUndefined();
    c.set('a', '2', 'two');
    expect(c.get('a', '1')).toBeUndefined();
    expect(c.get('a', '2')).toBe('two');
  });

  it('drop the least recently used key when full', () => {
    const c = new KeptCopies<number>(2);
    c.set('a', 'v', 1);
    c.set('b', 'v', 2);
    expect(c.get('a', 'v')).toBe(1); // a is now the most recently used
    c.set('c', 'v', 3);
    expect(c.get('b', 'v')).toBeUndefined();
    expect(c.get('a', 'v')).toBe(1);
    expect(c.get('c', 'v')).toBe(3);
    c.clear();
    expect(c.get('a', 'v')).toBeUndefined();
  });
});
