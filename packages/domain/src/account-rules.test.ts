import { describe, expect, it } from 'vitest';
import { LOGIN_PATTERN, displayNameProblem, loginProblem, normalizeLogin, passwordProblem } from './account-rules.js';

describe('account rules', () => {
  it('login names: 3–32 lower-case letters, digits, . - _, a letter or digit first', () => {
    expect(loginProblem(' Sfj-Editor ')).toBeNull();
    expect(normalizeLogin(' Sfj-Editor ')).toBe('sfj-editor');
    expect(loginProblem('ab')).toMatch(/3–32/u);
    expect(loginProblem('-abc')).toMatch(/开头/u);
    expect(loginProblem('张三abc')).toMatch(/小写字母/u);
    expect(LOGIN_PATTERN.test('a'.repeat(33))).toBe(false);
  });

  it('passwords: length, not the login, not one repeated character, not the current one', () => {
    expect(passwordProblem('correct horse battery')).toBeNull();
    expect(passwordProblem('short')).toBe('密码至少 10 个字符');
    expect(passwordProblem('x'.repeat(201))).toMatch(/200/u);
    expect(passwordProblem('my-sfj-editor-pw', { login: 'SFJ-EDITOR' })).toBe('密码不能包含登录名');
    expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/同一个字符/u);
    expect(passwordProblem('correct horse battery', { currentPassword: 'correct horse battery' })).toMatch(/当前密码/u);
  });

  it('display names: not empty, at most 100 characters', () => {
    expect(displayNameProblem(' 张三 ')).toBeNull();
    expect(displayNameProblem('  ')).toBe('请输入姓名');
    expect(displayNameProblem('名'.repeat(101))).toMatch(/100/u);
  });
});
