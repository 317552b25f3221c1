import { describe, expect, it } from 'vitest';
import { describeError, errorCode, formErrors, isNotFound, unauthenticatedMessage } from './errors';

describe('errors', () => {
  it('recognises NOT_FOUND', () => {
    const e = {
      message: '[GraphQL] 未找到',
      graphQLErrors: [{ message: '未找到机关 x', extensions: { code: 'NOT_FOUND' } }],
    };
    expect(isNotFound(e)).toBe(true);
    expect(isNotFound(null)).toBe(false);
    expect(isNotFound({ message: 'x', graphQLErrors: [{ message: 'boom' }] })).toBe(false);
  });
  it('describes network errors in Chinese', () => {
    expect(
      describeError({
        message: '[Network] Failed to fetch',
        networkError: { message: 'Failed to fetch' },
        graphQLErrors: [],
      }),
    ).toMatch(/^无法连接到服务器/);
    expect(
      describeError({
        message: '[Network] Internal Server Error',
        networkError: { message: 'Internal Server Error' },
        graphQLErrors: [],
        response: { status: 502 },
      }),
    ).toContain('HTTP 502');
  });
  it('does not show an HTML page or an overlong text as the detail', () => {
    const html = describeError({
      message: '[Network] <!doctype html>',
      networkError: { message: '<!doctype html><html></html>' },
      graphQLErrors: [],
    });
    expect(html).toContain('非预期的内容');
    expect(html).not.toContain('<');
    const long = describeError({ message: 'x', networkError: { message: 'x'.repeat(500) }, graphQLErrors: [] });
    expect(long.length).toBeLessThan(250);
  });
  it('describes GraphQL errors', () => {
    expect(
      describeError({
        message: 'x',
        graphQLErrors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      }),
    ).toBe('服务器处理请求时出错：boom');
  });
});

describe('sign-in errors', () => {
  const expired = {
    message: '[GraphQL] 会话已过期，请重新登录',
    graphQLErrors: [{ message: '会话已过期，请重新登录', extensions: { code: 'UNAUTHENTICATED' } }],
  };
  it('finds the UNAUTHENTICATED message', () => {
    expect(unauthenticatedMessage(expired)).toBe('会话已过期，请重新登录');
    expect(errorCode(expired)).toBe('UNAUTHENTICATED');
    expect(
      unauthenticatedMessage({ message: 'x', graphQLErrors: [{ message: 'nope', extensions: { code: 'FORBIDDEN' } }] }),
    ).toBeNull();
    expect(unauthenticatedMessage(null)).toBeNull();
    expect(
      unauthenticatedMessage({ message: 'x', networkError: { message: 'Failed to fetch' }, graphQLErrors: [] }),
    ).toBeNull();
  });
  it('shows the server messages of UNAUTHENTICATED and FORBIDDEN', () => {
    expect(describeError(expired)).toBe('会话已过期，请重新登录');
    expect(
      describeError({
        message: 'x',
        graphQLErrors: [{ message: '请先修改初始密码', extensions: { code: 'FORBIDDEN' } }],
      }),
    ).toBe('没有权限：请先修改初始密码');
    expect(
      describeError({
        message: 'x',
        graphQLErrors: [{ message: '没有权限查看其他机关的数据（agency）', extensions: { code: 'FORBIDDEN' } }],
      }),
    ).toBe('没有权限查看其他机关的数据（agency）');
  });
});

describe('formErrors', () => {
  it('puts BAD_USER_INPUT errors on the field they name', () => {
    const e = {
      message: 'x',
      graphQLErrors: [
        { message: '新密码：密码至少 10 个字符', extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' } },
      ],
    };
    expect(formErrors(e, ['currentPassword', 'newPassword'] as const)).toEqual({
      fields: { newPassword: '新密码：密码至少 10 个字符' },
      general: null,
    });
  });
  it('keeps errors of unknown fields and other codes as a general message', () => {
    const e = {
      message: 'x',
      graphQLErrors: [
        { message: '文件第 3 行：缺少表头', extensions: { code: 'BAD_USER_INPUT', field: 'text' } },
        { message: '没有权限执行「createUser」', extensions: { code: 'FORBIDDEN' } },
      ],
    };
    expect(formErrors(e, ['login'] as const)).toEqual({
      fields: {},
      general: '文件第 3 行：缺少表头；没有权限执行「createUser」',
    });
  });
  it('describes network errors', () => {
    const r = formErrors({ message: 'x', networkError: { message: 'Failed to fetch' }, graphQLErrors: [] }, [
      'login',
    ] as const);
    expect(r.fields).toEqual({});
    expect(r.general).toMatch(/^无法连接到服务器/u);
  });
});
