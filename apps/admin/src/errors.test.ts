import { describe, expect, it } from 'vitest';
import { describeError, isNotFound } from './errors';

describe('errors', () => {
  it('recognises NOT_FOUND', () => {
    const e = { message: '[GraphQL] 未找到', graphQLErrors: [{ message: '未找到机关 x', extensions: { code: 'NOT_FOUND' } }] };
    expect(isNotFound(e)).toBe(true);
    expect(isNotFound(null)).toBe(false);
    expect(isNotFound({ message: 'x', graphQLErrors: [{ message: 'boom' }] })).toBe(false);
  });
  it('describes network errors in Chinese', () => {
    expect(
      describeError({ message: '[Network] Failed to fetch', networkError: { message: 'Failed to fetch' }, graphQLErrors: [] }),
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
    const html = describeError({ message: '[Network] <!doctype html>', networkError: { message: '<!doctype html><html></html>' }, graphQLErrors: [] });
    expect(html).toContain('非预期的内容');
    expect(html).not.toContain('<');
    const long = describeError({ message: 'x', networkError: { message: 'x'.repeat(500) }, graphQLErrors: [] });
    expect(long.length).toBeLessThan(250);
  });
  it('describes GraphQL errors', () => {
    expect(describeError({ message: 'x', graphQLErrors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })).toBe(
      '服务器处理请求时出错：boom',
    );
  });
});
