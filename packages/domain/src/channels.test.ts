import { describe, expect, it } from 'vitest';
import { CHANNELS, channelOf } from './channels.js';

describe('channels', () => {
  it('has the 13 official options in order', () => {
    expect(CHANNELS.map((c) => c.label)).toEqual([
      '政府网站',
      '政府公报',
      '两微一端',
      '发布会/听证会',
      '广播电视',
      '纸质媒体',
      '公开查阅点',
      '政务服务中心',
      '便民服务站',
      '入户/现场',
      '社区/企事业单位/村公示栏（电子屏）',
      '精准推送',
      '其他',
    ]);
  });
  it('maps wording variants to the canonical option', () => {
    expect(channelOf('纸质传媒')).toBe('PRINT_MEDIA');
    expect(channelOf('纸质载体')).toBe('PRINT_MEDIA');
    expect(channelOf('社区/企事业单位/公示栏（ 电子屏）')).toBe('BULLETIN_BOARD');
    expect(channelOf('行政服务中心')).toBe('SERVICE_CENTER');
    expect(channelOf('发布会听证会')).toBe('PRESS_HEARING');
    expect(channelOf('12345热线')).toBeUndefined();
  });
});
