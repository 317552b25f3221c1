import { describe, expect, it } from 'vitest';
import { demoDataWanted } from './demo-data.js';

describe('demoDataWanted: whether an empty database gets the demo data and demo accounts', () => {
  it('production: never, unless GONGKAI_DEMO=1 — and then with a warning', () => {
    expect(demoDataWanted({ NODE_ENV: 'production' })).toEqual({ load: false });
    expect(demoDataWanted({ NODE_ENV: 'production', GONGKAI_DEMO: '0' })).toEqual({ load: false });
    expect(demoDataWanted({ NODE_ENV: 'production', GONGKAI_DEMO: '' })).toEqual({ load: false });
    const forced = demoDataWanted({ NODE_ENV: 'production', GONGKAI_DEMO: '1' });
    expect(forced.load).toBe(true);
    expect(forced.warning).toMatch(/警告.*NODE_ENV=production.*GONGKAI_DEMO=1.*demo-admin/u);
  });

  it('production: a value other than 0 or 1 does not turn the demo on, and is reported', () => {
    for (const value of ['true', 'yes', 'on', '2']) {
      const d = demoDataWanted({ NODE_ENV: 'production', GONGKAI_DEMO: value });
      expect(d.load).toBe(false);
      expect(d.warning).toContain(`「${value}」`);
    }
  });

  it('outside production: on unless GONGKAI_DEMO=0 (as before)', () => {
    expect(demoDataWanted({})).toEqual({ load: true });
    expect(demoDataWanted({ NODE_ENV: 'development' })).toEqual({ load: true });
    expect(demoDataWanted({ NODE_ENV: 'test', GONGKAI_DEMO: '1' })).toEqual({ load: true });
    expect(demoDataWanted({ GONGKAI_DEMO: '0' })).toEqual({ load: false });
    expect(demoDataWanted({ GONGKAI_DEMO: ' 0 ' })).toEqual({ load: false });
    expect(demoDataWanted({ GONGKAI_DEMO: 'false' }).load).toBe(true);
  });
});
