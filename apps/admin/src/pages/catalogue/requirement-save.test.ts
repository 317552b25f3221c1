import { describe, expect, it } from 'vitest';
import { conflictOf, rebaseNoteOf, saveErrorsOf } from './requirement-save';

const err = (...gql: Array<{ message: string; extensions?: Record<string, unknown> }>) => ({
  message: 'x',
  graphQLErrors: gql,
});

describe('saveErrorsOf', () => {
  it('puts a BAD_USER_INPUT naming a form field under that field', () => {
    expect(
      saveErrorsOf(err({ message: '公开时限太长', extensions: { code: 'BAD_USER_INPUT', field: 'timeLimitRaw' } })),
    ).toEqual({
      fields: { timeLimitRaw: '公开时限太长' },
      general: null,
    });
  });
  it('keeps a BAD_USER_INPUT naming no known field as a general message, as is', () => {
    expect(saveErrorsOf(err({ message: '输入有误', extensions: { code: 'BAD_USER_INPUT', field: 'nope' } }))).toEqual({
      fields: {},
      general: '输入有误',
    });
  });
  it('describes other errors and joins them', () => {
    const r = saveErrorsOf(
      err(
        { message: '没有权限修改', extensions: { code: 'FORBIDDEN' } },
        { message: '坏了', extensions: { code: 'INTERNAL' } },
      ),
    );
    expect(r.fields).toEqual({});
    expect(r.general).toBe('没有权限修改；服务器处理请求时出错：坏了');
  });
  it('describes a network failure (no GraphQL errors)', () => {
    const r = saveErrorsOf({ message: 'x', networkError: { message: 'Failed to fetch' }, graphQLErrors: [] });
    expect(r.general).toContain('无法连接到服务器');
  });
});

describe('conflictOf', () => {
  it('takes the CONFLICT message and fields', () => {
    expect(
      conflictOf(err({ message: '张三刚改了公开时限', extensions: { code: 'CONFLICT', fields: ['timeLimitRaw'] } })),
    ).toEqual({
      message: '张三刚改了公开时限',
      fields: ['timeLimitRaw'],
    });
  });
  it('falls back without one', () => {
    expect(conflictOf(err()).message).toContain('这一行已被他人修改');
  });
});

describe('rebaseNoteOf', () => {
  it('names what was loaded and what the user keeps', () => {
    expect(rebaseNoteOf({ taken: ['timeLimitRaw'], overlapping: [] }, ['remarks'])).toBe(
      '已载入他人修改的「公开时限」；你的修改（备注）仍保留。',
    );
  });
  it('asks to check fields both changed', () => {
    expect(rebaseNoteOf({ taken: [], overlapping: ['remarks'] }, ['remarks'])).toBe(
      '「备注」你和他人都改了，下面保留的是你的内容，请核对后再保存。',
    );
  });
  it('says the row is as on the server when nothing differs', () => {
    expect(rebaseNoteOf({ taken: [], overlapping: [] }, [])).toBe('已刷新，这一行现在与服务器一致。');
  });
});
