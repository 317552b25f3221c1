import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  hasDetails,
  objectTypeLabel,
  operationLabel,
  operationTone,
  prettyJson,
  shortId,
} from './audit';

describe('operationLabel', () => {
  it('maps the known operations to Chinese', () => {
    expect(
      [
        'login',
        'loginFailed',
        'logout',
        'changePassword',
        'createUser',
        'updateUser',
        'resetUserPassword',
        'importCatalogue',
        'renameOffice',
      ].map(operationLabel),
    ).toEqual([
      '登录',
      '登录失败',
      '退出登录',
      '修改密码',
      '新建用户',
      '修改用户',
      '重置密码',
      '导入目录',
      '重命名科室',
    ]);
  });
  it('maps the catalogue editing operations to Chinese', () => {
    expect(
      [
        'createDraft',
        'publishCatalogue',
        'updateRequirement',
        'addRequirement',
        'deleteRequirement',
        'addItem',
        'renameItem',
        'moveItem',
        'deleteItem',
        'addOffice',
        'mergeOffices',
        'importCatalogue',
        'setHolidayYear',
      ].map(operationLabel),
    ).toEqual([
      '新建草稿',
      '发布目录',
      '修改公开要求',
      '新增公开要求',
      '删除公开要求',
      '新增事项',
      '重命名事项',
      '移动事项',
      '删除事项',
      '新增科室',
      '合并科室',
      '导入目录',
      '补录节假日',
    ]);
    expect(operationTone('publishCatalogue')).toBe('success');
    expect(operationTone('deleteItem')).toBe('danger');
  });
  it('labels object types', () => {
    expect(objectTypeLabel('CatalogueItem')).toBe('事项');
    expect(objectTypeLabel('HolidayYear')).toBe('节假日');
    expect(objectTypeLabel('Requirement')).toBe('公开要求');
  });
  it('labels generic entries of several mutations, and shows unknown ones as written, also names of Object.prototype', () => {
    expect(operationLabel('publishCatalogue,renameOffice')).toBe('发布目录、重命名科室');
    expect(operationLabel('somethingNew')).toBe('somethingNew');
    expect(operationLabel('toString')).toBe('toString');
    expect(operationLabel('constructor')).toBe('constructor');
  });
  it('colours failures and password changes', () => {
    expect(operationTone('loginFailed')).toBe('danger');
    expect(operationTone('resetUserPassword')).toBe('warning');
    expect(operationTone('somethingNew')).toBe('primary');
    expect(operationTone('approveAnnualReport')).toBe('success');
    expect(operationTone('returnAnnualReport')).toBe('warning');
    expect(operationTone('deletePublicationRecord')).toBe('danger');
    expect(operationTone('changePasswordFailed')).toBe('danger');
  });
});

describe('details', () => {
  it('pretty-prints JSON and marks missing values', () => {
    expect(prettyJson({ a: 1, b: ['x'] })).toBe('{\n  "a": 1,\n  "b": [\n    "x"\n  ]\n}');
    expect(prettyJson(null)).toBe('—');
    expect(prettyJson(undefined)).toBe('—');
  });
  it('knows whether an entry has details', () => {
    expect(hasDetails({ before: null, after: null })).toBe(false);
    expect(hasDetails({ before: null, after: { a: 1 } })).toBe(true);
  });
  it('shortens uuids only', () => {
    expect(shortId('025344f2-c4cf-483f-95e5-843b580a97ef')).toBe('025344f2');
    expect(shortId('abc')).toBe('abc');
  });
});

describe('formatDateTime', () => {
  it('formats as 2026-11-24 09:05 (24-hour time)', () => {
    expect(formatDateTime('2026-11-24T01:05:03.000Z', 'Asia/Shanghai')).toBe('2026-11-24 09:05');
    expect(formatDateTime('2026-11-24T16:00:00.000Z', 'Asia/Shanghai')).toBe('2026-11-25 00:00');
  });
  it('shows missing and odd values as they are', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});
