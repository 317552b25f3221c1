/**
 * Reading a catalogue back from its JSON form (`export-catalogue --json`, the admin's JSON download): every value
 * is checked and a bad one is rejected with its path (items[2].children[0].requirements[1].channels[0]).
 */
import { CHANNEL_CODES } from './channels.js';
import type { FindingJson, ItemJson, RequirementJson } from './catalogue-model.js';
import { parseTimeLimit } from './time-limit.js';
import type { ImportResult } from './catalogue-import.js';

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
  return v;
}

function optStr(v: unknown, path: string): string | null {
  return v === null || v === undefined ? null : str(v, path);
}

function strList(v: unknown, path: string): string[] {
  if (!Array.isArray(v)) fail(path, '应为文字列表');
  return v.map((x, i) => str(x, `${path}[${i}]`));
}

function optLine(v: unknown, path: string): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) fail(path, '应为正整数或 null');
  return v;
}

const KNOWN_ITEM = new Set(['name', 'level', 'serial', 'line', 'requirements', 'children']);
const KNOWN_ROW = new Set(['line', 'contentIntro', 'contentElements', 'timeLimit', 'publishingOrgans', 'channels', 'extraChannels', 'audiences', 'offices', 'legalBasis', 'modes', 'levels', 'remarks']);

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
    if (a !== 'PUBLIC' && a !== 'SPECIFIC') fail(`${path}.audiences[${i}]`, `未知的公开对象「${a}」（应为 PUBLIC 或 SPECIFIC）`);
  });
  return {
    line: optLine(o.line, `${path}.line`),
    contentIntro: optStr(o.contentIntro, `${path}.contentIntro`),
    contentElements: strList(o.contentElements, `${path}.contentElements`),
    timeLimit: { raw: parsed.raw, rule: parsed.rule, longTerm: parsed.longTerm, statutoryDefault: parsed.statutoryDefault },
    publishingOrgans: strList(o.publishingOrgans, `${path}.publishingOrgans`),
    channels: CHANNEL_CODES.filter((c) => channels.includes(c)),
    extraChannels: strList(o.extraChannels, `${path}.extraChannels`),
    audiences: (['PUBLIC', 'SPECIFIC'] as const).filter((a) => audiences.includes(a)),
    offices: strList(o.offices, `${path}.offices`),
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
      return { name: str(of.name, `offices[${i}].name`), aliases: strList(of.aliases ?? [], `offices[${i}].aliases`) };
    });
    const items = o.items.map((x, i) => item(x, `items[${i}]`, 1));
    const used = new Set(items.flatMap(function walk(it: ItemJson): string[] {
      return [...it.requirements.flatMap((r) => r.offices), ...it.children.flatMap(walk)];
    }));
    for (const name of used) if (!offices.some((of) => of.name === name)) offices.push({ name, aliases: [] });
    const findings: FindingJson[] = Array.isArray(o.findings) ? (o.findings as FindingJson[]).filter((f) => f && typeof f.message === 'string') : [];
    return { ok: true, catalogue: { title, agencyName: optStr(o.agencyName, 'agencyName'), offices, items, findings } };
  } catch (e) {
    if (e instanceof PathError) return { ok: false, error: { line: null, message: e.message } };
    throw e;
  }
}
