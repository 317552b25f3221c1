/** The 公开渠道和载体 columns of the catalogue table. */
import type { Channel } from '../../gql/graphql';

export interface ChannelColumn {
  code: Channel;
  /** The official label, as the server gives it. */
  label: string;
  /** A short label for the narrow, vertical column header. */
  short: string;
}

const SHORT_LABELS: Partial<Record<Channel, string>> = {
  PRESS_HEARING: '发布会听证会',
  DOOR_TO_DOOR: '入户现场',
  BULLETIN_BOARD: '公示栏',
  PRINT_MEDIA: '纸质媒体',
};

/** A compact label: known short forms, otherwise the label without its bracketed part and slashes. */
export function shortChannelLabel(code: Channel, label: string): string {
  const known = SHORT_LABELS[code];
  if (known) return known;
  return (
    label
      .replace(/[（(][^）)]*[）)]/gu, '')
      .replace(/[/／]/gu, '')
      .trim() || label
  );
}

/** Channel columns in the official order (by position). */
export function channelColumns(
  options: ReadonlyArray<{ code: Channel; label: string; position: number }>,
): ChannelColumn[] {
  return [...options]
    .sort((a, b) => a.position - b.position)
    .map((o) => ({ code: o.code, label: o.label, short: shortChannelLabel(o.code, o.label) }));
}
