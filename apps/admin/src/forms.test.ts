import { describe, expect, it } from 'vitest';
import {
  confirmPasswordProblem,
  displayNameProblem,
  loginProblem,
  newPasswordProblem,
  normalizeLogin,
  safeRedirect,
} from './forms';

describe('loginProblem', () => {
  it('accepts the server pattern, after trimming and lower-casing', () => {
    expect(loginProblem('sfj-editor')).toBeNull();
    expect(loginProblem('  Zhang.San_2 ')).toBeNull();
    expect(normalizeLogin('  Zhang.San_2 ')).toBe('zhang.san_2');
  });
  it('refuses empty, short, long and odd names', () => {
    expect(loginProblem(' ')).toBe('请输入登录名');
    expect(loginProblem('ab')).toMatch(/3–32/u);
    expect(loginProblem('a'.repeat(33))).toMatch(/3–32/u);
    expect(loginProblem('-abc')).toMatch(/只能用/u);
    expect(loginProblem('张三丰')).toMatch(/只能用/u);
    expect(loginProblem('a b c')).toMatch(/只能用/u);
  });
});

describe('password checks', () => {
  it('wants at least 10 characters', () => {
    expect(newPasswordProblem('')).toBe('请输入新密码');
    expect(newPasswordProblem('123456789')).toBe('密码至少 10 个字符');
    expect(newPasswordProblem('1234567890')).toBeNull();
  });
  it('mirrors the server: no login inside, no single repeated character, not the current one', () => {
    expect(newPasswordProblem('my-sfj-editor-pw', { login: 'SFJ-Editor' })).toBe('密码不能包含登录名');
    expect(newPasswordProblem('aaaaaaaaaaaa')).toBe('密码不能由同一个字符重复组成');
    expect(newPasswordProblem('gongkai-demo-2026', { currentPassword: 'gongkai-demo-2026' })).toBe(
      '新密码不能与当前密码相同',
    );
    expect(newPasswordProblem('x'.repeat(201) + 'y')).toMatch(/不能超过/u);
  });
  it('wants the confirmation to match', () => {
    expect(confirmPasswordProblem('abcdefghijk', '')).toBe('请再次输入新密码');
    expect(confirmPasswordProblem('abcdefghijk', 'abcdefghijK')).toBe('两次输入的新密码不一致');
    expect(confirmPasswordProblem('abcdefghijk', 'abcdefghijk')).toBeNull();
  });
  it('wants a display name', () => {
    expect(displayNameProblem('  ')).toBe('请输入姓名');
    expect(displayNameProblem('张三')).toBeNull();
  });
});

describe('safeRedirect', () => {
  it('keeps paths of this app', () => {
    expect(safeRedirect('/agencies/150785-sfj')).toBe('/agencies/150785-sfj');
    expect(safeRedirect('/audit?agency=150785-sfj&page=2')).toBe('/audit?agency=150785-sfj&page=2');
    expect(safeRedirect(['/users'])).toBe('/users');
  });
  it('falls back to / for anything else', () => {
    for (const bad of [
      undefined,
      null,
      '',
      'users',
      '//evil.example',
      '/\\evil.example',
      'https://evil.example/',
      '/login',
      '/login?redirect=/x',
      '/a\nb',
      42,
    ]) {
      expect(safeRedirect(bad)).toBe('/');
    }
  });
});

describe('one definition of the account rules', () => {
  it('the forms check with the domain’s functions, the ones the server uses', async () => {
    const domain = await import('@gongkai/domain');
    const forms = await import('./forms');
    expect(forms.loginProblem).toBe(domain.loginProblem);
    expect(forms.newPasswordProblem).toBe(domain.passwordProblem);
    expect(forms.displayNameProblem).toBe(domain.displayNameProblem);
    expect(forms.MIN_PASSWORD_LENGTH).toBe(domain.MIN_PASSWORD_LENGTH);
  });
});
