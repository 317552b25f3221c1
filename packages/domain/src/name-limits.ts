/**
 * Limits on the names people type, in one place: the server refuses with these messages and the admin app checks
 * with the same functions before sending (add and rename alike).
 */
export const NAME_LIMITS = {
  /** 事项名称 */
  itemName: 100,
  /** 科室名称 */
  officeName: 50,
  /** 版本 (2025版) */
  versionLabel: 30,
  /** 用户姓名 */
  displayName: 100,
} as const;

export type NamedThing = keyof typeof NAME_LIMITS;

const LABELS: Record<NamedThing, string> = {
  itemName: '事项名称',
  officeName: '科室名称',
  versionLabel: '版本',
  displayName: '姓名',
};

/** Why a name cannot be used (empty after trimming, or too long), as `「label」：problem`; null when it can. */
export function nameProblem(kind: NamedThing, name: string): string | null {
  const n = name.trim();
  if (n === '') return `${LABELS[kind]}：不能为空`;
  if ([...n].length > NAME_LIMITS[kind]) return `${LABELS[kind]}：不能超过 ${NAME_LIMITS[kind]} 个字`;
  return null;
}
