import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_OPERATION_LABELS,
  MUTATION_LABELS,
  auditObjectNameFromSnapshot,
  auditOperationLabel,
  catalogueObjectName,
  reportObjectName,
  userObjectName,
} from './audit-labels.js';

/** The Mutation fields of the committed schema (printed by graphql-js: one field per line, two spaces in). */
function mutationFields(sdl: string): string[] {
  const block = /^type Mutation \{\n([\s\S]*?)^\}/mu.exec(sdl)?.[1];
  if (!block) throw new Error('schema.graphql has no type Mutation');
  return [...block.matchAll(/^ {2}([A-Za-z_][A-Za-z0-9_]*)[(:]/gmu)].map((m) => m[1]!);
}

const sdl = readFileSync(new URL('../../api/schema.graphql', import.meta.url), 'utf8');

describe('audit labels', () => {
  it('label every mutation of the API (a new mutation needs a label in MUTATION_LABELS)', () => {
    const fields = mutationFields(sdl);
    expect(fields.length).toBeGreaterThan(30);
    const missing = fields.filter((f) => !Object.hasOwn(MUTATION_LABELS, f));
    expect(missing, `审计日志缺少这些操作的中文名称：${missing.join('、')}`).toEqual([]);
  });

  it('label every operation name the API writes (ctx.audit entries, wrong-password and case-saving helpers)', () => {
    const root = new URL('../../api/src/', import.meta.url);
    const names = new Set<string>();
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const text = readFileSync(new URL(file, root), 'utf8');
      for (const m of text.matchAll(
        /operation: '([A-Za-z]+)'|recordWrongPassword\([^)]*?'([A-Za-z]+)'|saved\(ctx, '([A-Za-z]+)'/gu,
      ))
        names.add((m[1] ?? m[2] ?? m[3])!);
    }
    expect(names.size).toBeGreaterThan(40);
    const missing = [...names].filter((n) => !Object.hasOwn(AUDIT_OPERATION_LABELS, n));
    expect(missing, `审计日志缺少这些操作的中文名称：${missing.join('、')}`).toEqual([]);
  });

  it('are Chinese and distinct per operation', () => {
    for (const [op, label] of Object.entries(AUDIT_OPERATION_LABELS)) {
      expect(label, op).toMatch(/^[\u4e00-\u9fff（）]+$/u);
    }
    const mutationLabels = Object.values(MUTATION_LABELS);
    expect(new Set(mutationLabels).size).toBe(mutationLabels.length);
  });

  it('label generic entries of several mutations and leave unknown names as written', () => {
    expect(auditOperationLabel('approveAnnualReport')).toBe('审核通过年度报告');
    expect(auditOperationLabel('setItemMatch,clearItemMatch')).toBe('确定事项匹配、撤销事项匹配');
    expect(auditOperationLabel('somethingNew')).toBe('somethingNew');
  });

  it('name objects as a person recognises them', () => {
    expect(reportObjectName('根河市司法局', 2025)).toBe('根河市司法局 2025 年度报告');
    expect(catalogueObjectName('根河市司法局', '根河市司法局政务公开事项目录', '2024版')).toBe(
      '根河市司法局政务公开事项目录（2024版）',
    );
    expect(catalogueObjectName('根河市司法局', '政务公开事项目录', '2025版')).toBe(
      '根河市司法局 政务公开事项目录（2025版）',
    );
    expect(userObjectName('zhangsan', '张三')).toBe('张三（zhangsan）');
    expect(userObjectName('zhangsan', '')).toBe('zhangsan');
    expect(auditObjectNameFromSnapshot('Office', 'x', { name: '办公室' }, null)).toBe('办公室');
    expect(
      auditObjectNameFromSnapshot(
        'Catalogue',
        'c',
        null,
        { title: '主动公开目录', versionLabel: '试用版' },
        '根河市司法局',
      ),
    ).toBe('根河市司法局 主动公开目录（试用版）');
    expect(auditObjectNameFromSnapshot('HolidayYear', '2027', null, {})).toBe('2027 年节假日');
    expect(auditObjectNameFromSnapshot('Request', null, null, { name: 'x' })).toBeNull();
  });
});

describe('audit operation filter', () => {
  it('offers each label once and finds the per-report entries of a bulk publication', async () => {
    const { auditOperationOptions, auditOperationsMatching } = await import('./audit-labels.js');
    const options = auditOperationOptions();
    expect(options.filter((o) => o.label === '公开年度报告')).toEqual([
      { value: 'publishAnnualReports', label: '公开年度报告' },
    ]);
    expect(new Set(options.map((o) => o.label)).size).toBe(options.length);
    expect(auditOperationsMatching('publishAnnualReports')).toEqual(['publishAnnualReports', 'publishAnnualReport']);
    expect(auditOperationsMatching('publishAnnualReport')).toEqual(['publishAnnualReport', 'publishAnnualReports']);
    expect(auditOperationsMatching('login')).toEqual(['login']);
  });
});
