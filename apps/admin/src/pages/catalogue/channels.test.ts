import { describe, expect, it } from 'vitest';
import { channelColumns, shortChannelLabel } from './channels';

describe('channel columns', () => {
  it('orders by position and shortens labels', () => {
    const cols = channelColumns([
      { code: 'OTHER', label: '其他', position: 13 },
      { code: 'BULLETIN_BOARD', label: '社区/企事业单位/村公示栏（电子屏）', position: 11 },
      { code: 'GOVERNMENT_WEBSITE', label: '政府网站', position: 1 },
    ]);
    expect(cols.map((c) => [c.code, c.short])).toEqual([
      ['GOVERNMENT_WEBSITE', '政府网站'],
      ['BULLETIN_BOARD', '公示栏'],
      ['OTHER', '其他'],
    ]);
  });
  it('drops brackets and slashes of unknown long labels', () => {
    expect(shortChannelLabel('PRECISE_PUSH', '精准推送（短信、电话等）')).toBe('精准推送');
    expect(shortChannelLabel('RADIO_TV', '广播/电视')).toBe('广播电视');
  });
});
