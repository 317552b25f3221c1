import { describe, expect, it } from 'vitest';
import {
  changedKeys,
  describeAuditObject,
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
      '发布',
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
  it('names items, holiday years and drafts', () => {
    expect(
      describeAuditObject({
        operation: 'renameItem',
        objectType: 'CatalogueItem',
        objectId: 'i',
        before: { name: '旧' },
        after: { name: '新' },
      }),
    ).toMatchObject({ type: '事项', name: '新' });
    expect(
      describeAuditObject({
        operation: 'setHolidayYear',
        objectType: 'HolidayYear',
        objectId: '2027',
        before: null,
        after: {},
      }),
    ).toMatchObject({ type: '节假日', name: '2027年' });
    expect(
      describeAuditObject({
        operation: 'createDraft',
        objectType: 'Catalogue',
        objectId: 'c',
        before: null,
        after: { versionLabel: '2025版', basedOn: 'x' },
      }).name,
    ).toBe('2025版');
    expect(objectTypeLabel('Requirement')).toBe('公开要求');
  });
  it('shows other operations as written, also names of Object.prototype', () => {
    expect(operationLabel('publishCatalogue,renameOffice')).toBe('publishCatalogue,renameOffice');
    expect(operationLabel('toString')).toBe('toString');
    expect(operationLabel('constructor')).toBe('constructor');
  });
  it('colours failures and password changes', () => {
    expect(operationTone('loginFailed')).toBe('danger');
    expect(operationTone('resetUserPassword')).toBe('warning');
    expect(operationTone('somethingNew')).toBe('primary');
  });
});

describe('describeAuditObject', () => {
  it('names users by login', () => {
    expect(
      describeAuditObject({
        operation: 'login',
        objectType: 'User',
        objectId: '025344f2-c4cf-483f-95e5-843b580a97ef',
        before: null,
        after: { login: 'sfj-editor', ip: '::1' },
      }),
    ).toEqual({ type: '用户', name: 'sfj-editor', id: '025344f2-c4cf-483f-95e5-843b580a97ef' });
    expect(
      describeAuditObject({
        operation: 'updateUser',
        objectType: 'User',
        objectId: 'x',
        before: { login: 'a' },
        after: null,
      }).name,
    ).toBe('a');
  });
  it('names the own account of sign-out and password changes by the acting user', () => {
    expect(
      describeAuditObject({
        operation: 'logout',
        objectType: 'User',
        objectId: 'u',
        before: null,
        after: null,
        userLogin: 'sfj-editor',
      }).name,
    ).toBe('sfj-editor');
    expect(
      describeAuditObject({
        operation: 'changePassword',
        objectType: 'User',
        objectId: 'u',
        before: null,
        after: null,
        userLogin: 'admin',
      }).name,
    ).toBe('admin');
    expect(
      describeAuditObject({
        operation: 'resetUserPassword',
        objectType: 'User',
        objectId: 'u',
        before: null,
        after: null,
        userLogin: 'demo-admin',
      }).name,
    ).toBeNull();
  });
  it('names catalogues by title and version, offices by name', () => {
    expect(
      describeAuditObject({
        operation: 'importCatalogue',
        objectType: 'Catalogue',
        objectId: 'c',
        before: null,
        after: { title: '根河市司法局主动公开目录', versionLabel: '2025版' },
      }).name,
    ).toBe('根河市司法局主动公开目录（2025版）');
    expect(
      describeAuditObject({
        operation: 'renameOffice',
        objectType: 'Office',
        objectId: 'o',
        before: { name: '办公室' },
        after: { name: '综合办公室' },
      }),
    ).toMatchObject({
      type: '科室',
      name: '综合办公室',
    });
  });
  it('falls back to the raw type and no name', () => {
    expect(
      describeAuditObject({ operation: 'x', objectType: 'Widget', objectId: null, before: null, after: [1, 2] }),
    ).toEqual({ type: 'Widget', name: null, id: null });
    expect(objectTypeLabel('Request')).toBe('请求');
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
  it('lists changed top-level keys', () => {
    expect(
      changedKeys({ a: 1, roles: ['X'], same: { k: 1 } }, { a: 2, roles: ['X', 'Y'], same: { k: 1 }, added: true }),
    ).toEqual(['a', 'roles', 'added']);
    expect(changedKeys(null, { a: 1 })).toEqual([]);
  });
  it('shortens uuids only', () => {
    expect(shortId('025344f2-c4cf-483f-95e5-843b580a97ef')).toBe('025344f2');
    expect(shortId('abc')).toBe('abc');
  });
});

describe('formatDateTime', () => {
  it('formats in zh-CN with 24-hour time', () => {
    expect(formatDateTime('2026-11-24T01:05:03.000Z', 'Asia/Shanghai')).toBe('2026/11/24 09:05:03');
    expect(formatDateTime('2026-11-24T16:00:00.000Z', 'Asia/Shanghai')).toBe('2026/11/25 00:00:00');
  });
  it('shows missing and odd values as they are', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});
