/**
 * The 13 official disclosure channels (公开渠道和载体) of the national 基层政务公开标准目录, in their
 * official order, and the wording variants real catalogues use for them.
 */

export const CHANNELS = [
  { code: 'GOVERNMENT_WEBSITE', label: '政府网站' },
  { code: 'GAZETTE', label: '政府公报' },
  { code: 'WEIBO_WECHAT_APP', label: '两微一端' },
  { code: 'PRESS_HEARING', label: '发布会/听证会' },
  { code: 'RADIO_TV', label: '广播电视' },
  { code: 'PRINT_MEDIA', label: '纸质媒体' },
  { code: 'READING_POINT', label: '公开查阅点' },
  { code: 'SERVICE_CENTER', label: '政务服务中心' },
  { code: 'CONVENIENCE_STATION', label: '便民服务站' },
  { code: 'DOOR_TO_DOOR', label: '入户/现场' },
  { code: 'BULLETIN_BOARD', label: '社区/企事业单位/村公示栏（电子屏）' },
  { code: 'PRECISE_PUSH', label: '精准推送' },
  { code: 'OTHER', label: '其他' },
] as const;

export type ChannelCode = (typeof CHANNELS)[number]['code'];

export const CHANNEL_CODES: readonly ChannelCode[] = CHANNELS.map((c) => c.code);

export function channelLabel(code: ChannelCode): string {
  return CHANNELS.find((c) => c.code === code)?.label ?? code;
}

/** Sorts channel codes into the official order and removes duplicates. */
export function sortChannels(codes: Iterable<ChannelCode>): ChannelCode[] {
  const set = new Set(codes);
  return CHANNEL_CODES.filter((c) => set.has(c));
}

/** Normalises a label for lookup: no spaces, no brackets or separators, half-width. */
function key(label: string): string {
  return label
    .replace(/[\s\u3000]/gu, '')
    .replace(/[（(]/gu, '(')
    .replace(/[）)]/gu, ')')
    .replace(/[／/、，,·]/gu, '/')
    .replace(/[()/]/gu, '');
}

const VARIANTS: Record<string, ChannelCode> = {};
function variant(code: ChannelCode, ...labels: string[]): void {
  for (const l of labels) VARIANTS[key(l)] = code;
}
for (const c of CHANNELS) variant(c.code, c.label);
variant(
  'GOVERNMENT_WEBSITE',
  '政府门户网站',
  '门户网站',
  '政务网站',
  '部门网站',
  '网站',
  '政府网',
  '门户网',
  '官方网站',
  '部门门户网站',
  '政务公开网站',
  '政府信息公开网站',
  '政府信息公开专栏',
  '信息公开专栏',
  '政务公开专栏',
);
variant('GAZETTE', '公报', '政府公报（公开版）');
variant(
  'WEIBO_WECHAT_APP',
  '两微一端（微博、微信、客户端）',
  '政务新媒体',
  '新媒体',
  '微博微信',
  '微信微博',
  '微信公众号',
  '政务微信',
  '政务微博',
  '微信',
  '微博',
  '客户端',
  '政务客户端',
  '移动客户端',
  '政务APP',
  'APP',
  '微信公众平台',
  '官方微信',
  '官方微博',
  '政务抖音',
);
variant(
  'PRESS_HEARING',
  '发布会听证会',
  '新闻发布会',
  '发布会',
  '听证会',
  '发布会/听证会',
  '新闻发布会/听证会',
  '政策吹风会',
  '新闻发布',
);
variant('RADIO_TV', '广播', '电视', '广播/电视', '广播电视台', '电台', '电视台');
variant(
  'PRINT_MEDIA',
  '纸质传媒',
  '纸质载体',
  '报刊',
  '报纸',
  '纸质媒介',
  '报刊杂志',
  '报纸杂志',
  '杂志',
  '期刊',
  '纸媒',
  '纸质材料',
  '宣传册',
);
variant(
  'READING_POINT',
  '政府信息公开查阅点',
  '查阅点',
  '公开查阅场所',
  '政府信息查阅场所',
  '政府信息查阅点',
  '信息公开查阅室',
  '查阅室',
  '档案馆',
  '国家档案馆',
  '图书馆',
  '公共图书馆',
);
variant(
  'SERVICE_CENTER',
  '行政服务中心',
  '政务服务大厅',
  '便民服务中心',
  '政务大厅',
  '办事大厅',
  '政务服务场所',
  '行政审批服务大厅',
  '政务服务中心窗口',
  '服务窗口',
  '办事窗口',
);
variant(
  'CONVENIENCE_STATION',
  '便民服务点',
  '服务站',
  '村便民服务站',
  '村（社区）便民服务站',
  '社区服务站',
  '便民服务室',
);
variant('DOOR_TO_DOOR', '入户', '现场', '入户现场', '入户走访', '现场公开', '上门');
variant(
  'BULLETIN_BOARD',
  '社区/企事业单位/公示栏（电子屏）',
  '社区/企事业单位/村公示栏',
  '社区/企事业单位/公示栏',
  '公示栏（电子屏）',
  '公示栏',
  '公开栏',
  '公告栏',
  '宣传栏',
  '政务公开栏',
  '信息公开栏',
  '村（居）务公开栏',
  '村务公开栏',
  '居务公开栏',
  '电子屏',
  '电子显示屏',
  'LED屏',
  '公示牌',
);
variant('PRECISE_PUSH', '精准推送（短信、电话等）', '短信', '手机短信', '短信推送', '电话通知', '定向推送');
variant('OTHER', '其它');

/** Canonical channel of a label as written, or undefined when it is not one of the 13 options. */
export function channelOf(label: string): ChannelCode | undefined {
  return VARIANTS[key(label)];
}
