import { describe, expect, it } from 'vitest';
import {
  emptyUserForm,
  filterUsers,
  formFromUser,
  toCreateUserInput,
  toUpdateUserInput,
  userFormProblems,
  type UserLike,
} from './users';

const editor: UserLike = {
  login: 'sfj-editor',
  displayName: '司法局编辑（示例）',
  roles: ['DEPT_EDITOR'],
  disabled: false,
  agency: { code: '150785-sfj', name: '根河市司法局' },
};
const admin: UserLike = {
  login: 'demo-admin',
  displayName: '平台管理员（示例）',
  roles: ['PLATFORM_ADMIN'],
  disabled: false,
  agency: null,
};

describe('filterUsers', () => {
  it('finds by login, name, agency and role label', () => {
    expect(filterUsers([editor, admin], 'SFJ').map((u) => u.login)).toEqual(['sfj-editor']);
    expect(filterUsers([editor, admin], '司法局').map((u) => u.login)).toEqual(['sfj-editor']);
    expect(filterUsers([editor, admin], '平台管理员').map((u) => u.login)).toEqual(['demo-admin']);
    expect(filterUsers([editor, admin], '部门编辑').map((u) => u.login)).toEqual(['sfj-editor']);
    expect(filterUsers([editor, admin], ' ')).toHaveLength(2);
  });
});

describe('user form', () => {
  it('checks a new user', () => {
    expect(userFormProblems(emptyUserForm(), 'create')).toEqual({
      login: '请输入登录名',
      displayName: '请输入姓名',
      roles: '请至少选择一个角色',
    });
    expect(
      userFormProblems({ ...emptyUserForm(), login: 'zhang', displayName: '张三', roles: ['VIEWER'] }, 'create'),
    ).toEqual({
      agencyCode: '除平台管理员外，用户必须属于一个机关',
    });
    expect(
      userFormProblems(
        { ...emptyUserForm(), login: 'zhang', displayName: '张三', roles: ['PLATFORM_ADMIN'] },
        'create',
      ),
    ).toEqual({});
  });
  it('does not check the fixed login when editing', () => {
    expect(userFormProblems({ ...formFromUser(editor), login: '' }, 'edit')).toEqual({});
  });
  it('builds the createUser input', () => {
    expect(
      toCreateUserInput({
        login: ' Zhang.San ',
        displayName: ' 张三 ',
        agencyCode: '',
        roles: ['PLATFORM_ADMIN'],
        disabled: false,
        email: ' zhang@genhe.gov.cn ',
      }),
    ).toEqual({
      login: 'zhang.san',
      displayName: '张三',
      agencyCode: null,
      roles: ['PLATFORM_ADMIN'],
      email: 'zhang@genhe.gov.cn',
    });
  });
  it('sends only what changed when editing', () => {
    const form = formFromUser(editor);
    expect(toUpdateUserInput(editor, form)).toBeNull();
    expect(toUpdateUserInput(editor, { ...form, roles: ['DEPT_EDITOR'] })).toBeNull();
    expect(toUpdateUserInput(editor, { ...form, displayName: '王五 ', disabled: true })).toEqual({
      displayName: '王五',
      disabled: true,
    });
    expect(toUpdateUserInput(editor, { ...form, roles: ['DEPT_APPROVER', 'DEPT_EDITOR'] })).toEqual({
      roles: ['DEPT_APPROVER', 'DEPT_EDITOR'],
    });
    expect(toUpdateUserInput(editor, { ...form, agencyCode: '150785-mzj' })).toEqual({ agencyCode: '150785-mzj' });
    expect(toUpdateUserInput(admin, { ...formFromUser(admin), agencyCode: '' })).toBeNull();
    // The e-mail address (催报 mail): set, and cleared with an empty field.
    expect(toUpdateUserInput(editor, { ...form, email: ' li@genhe.gov.cn' })).toEqual({ email: 'li@genhe.gov.cn' });
    expect(toUpdateUserInput({ ...editor, email: 'li@genhe.gov.cn' }, { ...form, email: '' })).toEqual({ email: null });
  });
  it('checks the e-mail address with the domain rule', () => {
    expect(userFormProblems({ ...formFromUser(editor), email: 'li at genhe' }, 'edit')).toEqual({
      email: '「li at genhe」不是有效的电子邮箱地址（如 name@example.gov.cn）',
    });
  });
});
