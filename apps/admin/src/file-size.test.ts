import { describe, expect, it } from 'vitest';

// Issue 13: pages stay short — split into components and composables long before 500 lines.
const MAX_LINES = 500;
const files = import.meta.glob('./**/*.vue', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

describe('component files', () => {
  it('are found', () => {
    expect(Object.keys(files).length).toBeGreaterThan(50);
  });

  it(`have at most ${MAX_LINES} lines each`, () => {
    const long = Object.entries(files)
      .map(([name, text]) => ({ name, lines: text.split('\n').length }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
