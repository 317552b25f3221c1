/** Offices: adding and renaming follow the same name rules (domain officeNameClash). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from '../test-support/api-harness.js';

let h: ApiHarness;
beforeAll(async () => {
  h = await createApiHarness();
});
afterAll(async () => h?.close());

describe('renaming an office', () => {
  it('refuses the name or an alias of another office, as adding does, and keeps its own old names', async () => {
    const token = await h.tokenFor('sfj-editor');
    const add = async (name: string) =>
      (
        await h.run(
          'mutation($n: String!) { addOffice(agencyCode: "150785-sfj", name: $n) { id name aliases } }',
          { n: name },
          { token },
        )
      ).data!.addOffice as { id: string };
    const rename = (id: string, name: string) =>
      h.run(
        'mutation($id: ID!, $n: String!) { renameOffice(id: $id, name: $n) { name aliases } }',
        { id, n: name },
        { token },
      );
    const a = await add('甲科');
    const b = await add('乙科');
    expect((await rename(a.id, '甲股')).data?.renameOffice).toEqual({ name: '甲股', aliases: ['甲科'] });
    // 「甲科」 is now 甲股's alias: 乙科 may not take it (imports would read it as 甲股), nor 甲股's name.
    expect((await rename(b.id, '甲科')).errors?.[0]).toMatchObject({
      message: '科室名称：本机关已有「甲股」（「甲科」是它的别名）',
      extensions: { code: 'BAD_USER_INPUT', field: 'name' },
    });
    expect((await rename(b.id, '甲股')).errors?.[0]?.message).toBe('科室名称：本机关已有「甲股」');
    // An office may go back to a name it had.
    expect((await rename(a.id, '甲科')).data?.renameOffice).toEqual({ name: '甲科', aliases: ['甲股'] });
  });
});
