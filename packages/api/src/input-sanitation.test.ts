import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, type OperationDefinitionNode } from 'graphql';
import { inputProblem } from './input-sanitation.js';
import { createApiHarness, type ApiHarness } from './test-support/api-harness.js';

const NUL = '\u0000';

function problem(query: string, variables: Record<string, unknown> = {}) {
  const doc = parse(query);
  return inputProblem(
    doc,
    doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!,
    variables,
  );
}

describe('inputProblem (the walk)', () => {
  it('names arguments, input fields, list positions and JSON keys, in literals and variables', () => {
    expect(
      problem(
        'mutation { createUser(input: { login: "abc", displayName: "a\\u0000", roles: [VIEWER] }) { oneTimePassword } }',
      ),
    ).toEqual({
      message: '参数 input.displayName 含有不允许的字符（空字符 U+0000）',
      field: 'input.displayName',
    });
    expect(
      problem('mutation($i: CreateUserInput!) { createUser(input: $i) { oneTimePassword } }', {
        i: { login: 'abc', displayName: `x${NUL}` },
      }),
    ).toMatchObject({ field: 'input.displayName' });
    expect(
      problem('mutation($h: [String!]!) { setHolidayYear(year: 2099, holidays: $h, workdays: []) { year } }', {
        h: ['2099-01-01', '\uD800'],
      }),
    ).toEqual({
      message: '参数 holidays[1] 含有不允许的字符（不成对的 UTF-16 代理码元 U+D800）',
      field: 'holidays[1]',
    });
    expect(
      problem('mutation($x: String!) { setHolidayYear(year: 2099, holidays: ["a", $x], workdays: []) { year } }', {
        x: '\uDFFF',
      }),
    ).toMatchObject({ field: 'holidays[1]' });
    expect(
      problem('mutation($j: JSON!) { importAnnualReport(agencyCode: "x", json: $j) { id } }', {
        j: { cells: { 'a.b': NUL } },
      }),
    ).toMatchObject({ field: 'json.cells["a.b"]' });
    expect(
      problem('mutation($j: JSON!) { importAnnualReport(agencyCode: "x", json: $j) { id } }', {
        j: { cells: { [`k${NUL}`]: '1' } },
      }),
    ).toEqual({
      message: '参数 json.cells 的字段名含有不允许的字符（空字符 U+0000）',
      field: 'json.cells',
    });
  });

  it('checks default values, fragments, and variables no argument uses', () => {
    expect(problem('query($c: String = "a\\u0000") { agency(code: $c) { name } }')).toMatchObject({ field: 'code' });
    expect(problem('query($c: String = "a\\u0000") { agency(code: $c) { name } }', { c: 'fine' })).toBeNull();
    expect(problem('query { ...F } fragment F on Query { agency(code: "\\u0000") { name } }')).toMatchObject({
      field: 'code',
    });
    expect(problem('mutation { logout }', { junk: { deep: [NUL] } })).toEqual({
      message: '变量 $junk.deep[0] 含有不允许的字符（空字符 U+0000）',
      field: '$junk.deep[0]',
    });
    expect(problem('mutation { logout }', { [`a${NUL}`]: 1 })).toMatchObject({ field: '' });
  });

  it('lets every storable string through', () => {
    for (const s of ['😀🇨🇳', '\u202eabc', "'; drop table x; --", '%00', '   ', '<script>', 'x'.repeat(100_000)]) {
      expect(problem('query($c: String!) { agency(code: $c) { name } }', { c: s })).toBeNull();
    }
  });
});

describe('the plugin, through the whole pipeline', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await createApiHarness();
  });
  afterAll(async () => h?.close());

  it('answers BAD_USER_INPUT naming the path, anonymously too (login)', async () => {
    const r = await h.run('mutation($l: String!) { login(login: $l, password: "whatever-1") { login } }', {
      l: `demo-admin${NUL}`,
    });
    expect(r.data ?? null).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]).toMatchObject({
      message: '参数 login 含有不允许的字符（空字符 U+0000）',
      extensions: { code: 'BAD_USER_INPUT', field: 'login' },
    });
  });

  it('refuses before the access checks run any SQL with the value', async () => {
    const token = await h.tokenFor('sfj-editor');
    // The access check's lookup of the object it names (gongkai_object_agency: table, key, value).
    const lookups = () => h.db.queries.filter((q) => /gongkai_object_agency/u.test(q)).length;
    // Control: a department user's access check looks the agency up by the code it is given.
    h.db.queries.length = 0;
    const ok = await h.run('query($c: String!) { agency(code: $c) { name } }', { c: '150785-sfj' }, { token });
    expect(ok.errors).toBeUndefined();
    expect(lookups()).toBeGreaterThan(0);
    h.db.queries.length = 0;
    const r = await h.run('query($c: String!) { agency(code: $c) { name } }', { c: `150785-sfj${NUL}` }, { token });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    await new Promise((resolve) => setTimeout(resolve, 300)); // a lookup started anyway would be logged by now
    expect(lookups()).toBe(0);
  });

  it('refuses lone surrogates in list fields of an input, and nothing is written', async () => {
    const token = await h.tokenFor('demo-admin');
    const audit = async () =>
      Number((await h.db.orm.em.fork().execute<Array<{ n: string }>>('select count(*) as n from audit_log'))[0]!.n);
    const before = await audit();
    const rows = await h.db.orm.em
      .fork()
      .execute<Array<{ id: string; version: number }>>('select id, version from requirement limit 1');
    const r = await h.run(
      'mutation($id: ID!, $v: Int!, $i: RequirementInput!) { updateRequirement(id: $id, expectedVersion: $v, input: $i) { version } }',
      { id: rows[0]!.id, v: rows[0]!.version, i: { remarks: ['好', '\uD83D'] } },
      { token },
    );
    expect(r.errors?.[0]).toMatchObject({
      message: '参数 input.remarks[1] 含有不允许的字符（不成对的 UTF-16 代理码元 U+D83D）',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.remarks[1]' },
    });
    expect(await audit()).toBe(before);
  });

  it('refuses NUL in a JSON argument and in an undeclared variable of a mutation (which the audit log would store)', async () => {
    const token = await h.tokenFor('demo-admin');
    const j = await h.run(
      'mutation($j: JSON!) { importAnnualReport(agencyCode: "150785-sfj", json: $j) { id } }',
      { j: { year: 2021, format: '2021', texts: { overview: `a${NUL}` }, cells: {} } },
      { token },
    );
    expect(j.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'json.texts.overview' });
    const v = await h.run(
      'mutation { logout }',
      { note: `x${NUL}` },
      { token: (await h.newSession('demo-admin')).token },
    );
    expect(v.errors?.[0]).toMatchObject({
      message: '变量 $note 含有不允许的字符（空字符 U+0000）',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses variables that do not fit their types before the access checks read them (null for JSON!, 2³¹ for Int!)', async () => {
    const token = await h.tokenFor('demo-admin');
    const j = await h.run(
      'mutation($j: JSON!) { importAnnualReport(agencyCode: "150785-sfj", json: $j) { id } }',
      { j: null },
      { token },
    );
    expect(j.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'j' } });
    expect(j.errors?.[0]?.message).toMatch(/^变量 \$j 的值不符合类型：/u);
    const c = await h.run(
      'query($c: String!) { agency(code: $c) { name } }',
      { c: null },
      { token: await h.tokenFor('sfj-editor') },
    );
    expect(c.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'c' });
    const y = await h.run('query($y: Int!) { publishedReports(year: $y) { year } }', { y: 2 ** 31 });
    expect(y.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'y' });
  });

  it('lets odd but storable text through to the resolvers', async () => {
    const r = await h.run('query($c: String!) { agency(code: $c) { name } }', {
      c: "😀'; drop table agency; --\u202e",
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
