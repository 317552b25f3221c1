/**
 * Reading a catalogue back from its JSON form (`export-catalogue --json`, the admin's JSON download): every value
 * is checked and a bad one is rejected with its path (items[2].children[0].requirements[1].channels[0]). The file
 * comes from a user: text that cannot be stored (NUL, unpaired surrogates — valid JSON escapes), line numbers
 * outside PostgreSQL's int, unknown finding kinds or severities are refused here, never left to the database.
 */
import { CHANNEL_CODES } from './channels.js';
import type { FindingJson, FindingKind, FindingSeverity, ItemJson, RequirementJson } from './catalogue-model.js';
import { parseTimeLimit } from './time-limit.js';
import type { ImportResult } from './catalogue-import.js';
import { findInvalidText, invalidInputMessage, invalidTextProblem } from './text-safety.js';

class PathError extends Error {}

function fail(path: string, message: string): never {
  throw new PathError(`${path}：${message}`);
}

function obj(v: unknown, path: string): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) fail(path, '应为对象');
  return v as Record<string, unknown>;
}

function str(v: unknown, path: string): string {
  if (typeof v !== 'string') fail(path, '应为文字');
  const problem = invalidTextProblem(v);
  if (problem) fail(path, `含有不允许的字符（${problem}）`);
  return v;
}

function optStr(v: unknown, path: string): string | null {
  return v === null || v === undefined ? null : str(v, path);
}

function strList(v: unknown, path: string): string[] {
  if (!Array.isArray(v)) fail(path, '应为文字列表');
  return v.map((x, i) => str(x, `${path}[${i}]`));
}

/** The largest line number stored (PostgreSQL int). */
export const MAX_LINE = 2 ** 31 - 1;

function line(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1 || v > MAX_LINE)
    fail(path, `应为 1 至 ${MAX_LINE} 的整数`);
  return v;
}

function optLine(v: unknown, path: string): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1 || v > MAX_LINE)
    fail(path, `应为 1 至 ${MAX_LINE} 的整数或 null`);
  return v;
}

/** Office names are unique per agency (an index): a name longer than this is not an office name. */
const MAX_OFFICE_NAME = 200;

function officeName(v: unknown, path: string): string {
  const name = str(v, path);
  if (name.trim() === '') fail(path, '科室名称不能为空');
  if (name.length > MAX_OFFICE_NAME) fail(path, `科室名称过长（${name.length} 个字，上限 ${MAX_OFFICE_NAME}）`);
  return name;
}

const FINDING_KINDS = [
  'inherited-cell',
  'blank-required',
  'continuation-row',
  'channels-truncated',
  'unknown-channel',
  'time-limit-unparsed',
  'time-limit-same-as-above',
  'office-alias-merged',
  'office-shifted',
  'office-unrecognised',
  'unknown-cell',
  'column-mismatch',
  'audience-unrecognised',
  'orphan-row',
] as const satisfies readonly FindingKind[];
// Every FindingKind is listed: a kind added to the model without being added here fails to compile.
const _allKinds: Exclude<FindingKind, (typeof FINDING_KINDS)[number]> extends never ? true : never = true;
const SEVERITIES = ['INFO', 'WARNING', 'ERROR'] as const satisfies readonly FindingSeverity[];
const SEVERITY_LABELS: Record<FindingSeverity, string> = { INFO: '提示', WARNING: '警告', ERROR: '错误' };
const KNOWN_FINDING = new Set(['kind', 'severity', 'message', 'line', 'column', 'data']);

function finding(v: unknown, path: string): FindingJson {
  const o = obj(v, path);
  unknownKeys(o, KNOWN_FINDING, path);
  if (o.kind === undefined || o.kind === null) fail(`${path}.kind`, '缺少问题类型');
  const kind = str(o.kind, `${path}.kind`);
  if (!(FINDING_KINDS as readonly string[]).includes(kind)) fail(`${path}.kind`, `未知的问题类型「${shown(kind)}」`);
  if (o.severity === undefined || o.severity === null) fail(`${path}.severity`, '缺少严重程度');
  const severity = str(o.severity, `${path}.severity`);
  if (!(SEVERITIES as readonly string[]).includes(severity)) {
    fail(
      `${path}.severity`,
      `未知的严重程度「${shown(severity)}」（应为 ${SEVERITIES.map((s) => `${s}（${SEVERITY_LABELS[s]}）`).join('、')}）`,
    );
  }
  const out: FindingJson = {
    kind: kind as FindingKind,
    severity: severity as FindingSeverity,
    message: str(o.message, `${path}.message`),
    line: optLine(o.line, `${path}.line`),
    column: optStr(o.column, `${path}.column`),
  };
  if (o.data !== undefined && o.data !== null) out.data = findingData(o.data, kind as FindingKind, `${path}.data`);
  return out;
}

/** Details of a finding. Those of a merged office spelling are acted on (undo), so their shape is checked. */
function findingData(v: unknown, kind: FindingKind, path: string): Record<string, unknown> {
  const o = obj(v, path);
  if (kind === 'office-alias-merged') {
    unknownKeys(o, new Set(['alias', 'office', 'lines']), path);
    if (!Array.isArray(o.lines)) fail(`${path}.lines`, '应为行号列表');
    return {
      alias: officeName(o.alias, `${path}.alias`),
      office: officeName(o.office, `${path}.office`),
      lines: o.lines.map((l, i) => line(l, `${path}.lines[${i}]`)),
    };
  }
  const bad = findInvalidText(o, path);
  if (bad) throw new PathError(invalidInputMessage(bad, ''));
  return o;
}

/** A value as shown in a message: not a whole pasted file. */
function shown(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

const KNOWN_ITEM = new Set(['name', 'level', 'serial', 'line', 'requirements', 'children']);
const KNOWN_ROW = new Set([
  'line',
  'contentIntro',
  'contentElements',
  'timeLimit',
  'publishingOrgans',
  'channels',
  'extraChannels',
  'audiences',
  'offices',
  'legalBasis',
  'modes',
  'levels',
  'remarks',
]);

function unknownKeys(o: Record<string, unknown>, known: Set<string>, path: string): void {
  const extra = Object.keys(o).filter((k) => !known.has(k));
  if (extra.length) fail(path, `未知的字段「${extra.join('」「')}」`);
}

function row(v: unknown, path: string): RequirementJson {
  const o = obj(v, path);
  unknownKeys(o, KNOWN_ROW, path);
  const t = obj(o.timeLimit, `${path}.timeLimit`);
  const raw = str(t.raw, `${path}.timeLimit.raw`);
  const parsed = parseTimeLimit(raw); // the rule is recomputed from the text: one parser, no stale rules
  const channels = strList(o.channels, `${path}.channels`);
  channels.forEach((c, i) => {
    if (!(CHANNEL_CODES as readonly string[]).includes(c)) fail(`${path}.channels[${i}]`, `未知的渠道「${c}」`);
  });
  const audiences = strList(o.audiences, `${path}.audiences`);
  audiences.forEach((a, i) => {
    if (a !== 'PUBLIC' && a !== 'SPECIFIC')
      fail(`${path}.audiences[${i}]`, `未知的公开对象「${a}」（应为 PUBLIC 或 SPECIFIC）`);
  });
  return {
    line: optLine(o.line, `${path}.line`),
    contentIntro: optStr(o.contentIntro, `${path}.contentIntro`),
    contentElements: strList(o.contentElements, `${path}.contentElements`),
    timeLimit: {
      raw: parsed.raw,
      rule: parsed.rule,
      longTerm: parsed.longTerm,
      statutoryDefault: parsed.statutoryDefault,
    },
    publishingOrgans: strList(o.publishingOrgans, `${path}.publishingOrgans`),
    channels: CHANNEL_CODES.filter((c) => channels.includes(c)),
    extraChannels: strList(o.extraChannels, `${path}.extraChannels`),
    audiences: (['PUBLIC', 'SPECIFIC'] as const).filter((a) => audiences.includes(a)),
    offices: strList(o.offices, `${path}.offices`).map((name, i) => officeName(name, `${path}.offices[${i}]`)),
    legalBasis: strList(o.legalBasis, `${path}.legalBasis`),
    modes: strList(o.modes, `${path}.modes`),
    levels: strList(o.levels, `${path}.levels`),
    remarks: strList(o.remarks, `${path}.remarks`),
  };
}

function item(v: unknown, path: string, level: 1 | 2 | 3): ItemJson {
  const o = obj(v, path);
  unknownKeys(o, KNOWN_ITEM, path);
  if (o.level !== level) fail(`${path}.level`, `应为 ${level}（按所在层级）`);
  const name = str(o.name, `${path}.name`).trim();
  if (name === '') fail(`${path}.name`, '事项名称不能为空');
  if (!Array.isArray(o.children)) fail(`${path}.children`, '应为列表');
  if (level === 3 && o.children.length > 0) fail(`${path}.children`, '三级事项下不能再有下级');
  if (!Array.isArray(o.requirements)) fail(`${path}.requirements`, '应为列表');
  return {
    name,
    level,
    serial: optStr(o.serial, `${path}.serial`),
    line: optLine(o.line, `${path}.line`),
    requirements: o.requirements.map((r, i) => row(r, `${path}.requirements[${i}]`)),
    children: o.children.map((c, i) => item(c, `${path}.children[${i}]`, (level + 1) as 2 | 3)),
  };
}

export function importCatalogueJson(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { line: null, message: `不是有效的 JSON：${(e as Error).message}` } };
  }
  try {
    const o = obj(data, '（根）');
    unknownKeys(o, new Set(['title', 'agencyName', 'offices', 'items', 'findings', 'catalogueId']), '（根）');
    const title = str(o.title, 'title');
    if (!Array.isArray(o.items) || o.items.length === 0) fail('items', '应为至少有一个事项的列表');
    if (!Array.isArray(o.offices)) fail('offices', '应为列表');
    const offices = o.offices.map((x, i) => {
      const of = obj(x, `offices[${i}]`);
      unknownKeys(of, new Set(['name', 'aliases']), `offices[${i}]`);
      if (!Array.isArray(of.aliases ?? [])) fail(`offices[${i}].aliases`, '应为文字列表');
      return {
        name: officeName(of.name, `offices[${i}].name`),
        aliases: ((of.aliases ?? []) as unknown[]).map((a, j) => officeName(a, `offices[${i}].aliases[${j}]`)),
      };
    });
    const items = o.items.map((x, i) => item(x, `items[${i}]`, 1));
    const used = new Set(
      items.flatMap(function walk(it: ItemJson): string[] {
        return [...it.requirements.flatMap((r) => r.offices), ...it.children.flatMap(walk)];
      }),
    );
    for (const name of used) if (!offices.some((of) => of.name === name)) offices.push({ name, aliases: [] });
    if (o.findings !== undefined && o.findings !== null && !Array.isArray(o.findings)) fail('findings', '应为列表');
    const findings: FindingJson[] = ((o.findings ?? []) as unknown[]).map((f, i) => finding(f, `findings[${i}]`));
    return { ok: true, catalogue: { title, agencyName: optStr(o.agencyName, 'agencyName'), offices, items, findings } };
  } catch (e) {
    if (e instanceof PathError) return { ok: false, error: { line: null, message: e.message } };
    throw e;
  }
}
