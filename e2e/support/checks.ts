/** Assertions more than one spec makes (called explicitly by the specs; the page objects assert nothing). */
import { expect } from '@playwright/test';
import type { AgencyListPage } from '../pages/AgencyListPage.js';
import type { CataloguePage } from '../pages/CataloguePage.js';
import { texts } from '../pages/common.js';
import { SFJ } from './env.js';

/** 根河市司法局's catalogue as the demo data has it: all level-1 items, all offices in the header and in the rows. */
export async function expectSfjCatalogue(catalogue: CataloguePage, who: string): Promise<void> {
  await expect(catalogue.itemNames.first(), `${who}：目录表格应出现`).toBeVisible({ timeout: 30_000 });
  expect(await catalogue.level1Texts(), `${who}：目录表格应列出全部 ${SFJ.level1Items.length} 个一级事项`).toEqual(
    expect.arrayContaining([...SFJ.level1Items]),
  );
  const offices = await texts(catalogue.officeList);
  expect(offices, `${who}：页头应列出全部 ${SFJ.offices.length} 个责任科室`).toEqual(
    expect.arrayContaining([...SFJ.offices]),
  );
  const rowOffices = new Set(await texts(catalogue.rowOffices));
  expect(
    SFJ.offices.filter((o) => !rowOffices.has(o)),
    `${who}：目录表格的责任科室列应含全部科室`,
  ).toEqual([]);
  await expect(catalogue.agencyName, `${who}：页头机关名称`).toHaveText(SFJ.name);
}

/** The agency list shows `expected` and none of `absent`. */
export async function expectAgencyList(
  list: AgencyListPage,
  who: string,
  expected: readonly string[],
  absent: readonly string[] = [],
): Promise<void> {
  await expect(list.rows.first(), `${who}：首页机关列表应出现`).toBeVisible({ timeout: 30_000 });
  const names = await list.names();
  expect(names, `${who}：首页机关列表应含「${expected.join('、')}」`).toEqual(expect.arrayContaining([...expected]));
  for (const name of absent) expect(names, `${who}：首页机关列表不应含「${name}」`).not.toContain(name);
}
