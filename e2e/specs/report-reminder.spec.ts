/**
 * 催报 (issue 17): the office's reviewer checks a department that has not filed and sends it a reminder with a message
 * from the dashboard; the 「上次催报」 column shows the day. The department's editor signs in, sees the count in the
 * header, finds the notice on 待办事项, opens it (message and a link to the report) and the count goes down.
 */
import { AppHeader } from '../pages/AppHeader.js';
import { LoginPage } from '../pages/LoginPage.js';
import { ReminderPage } from '../pages/ReminderPage.js';
import { ReportDashboardBulk } from '../pages/ReportDashboardBulk.js';
import { TodoPage } from '../pages/TodoPage.js';
import { GOVERNMENT_CODE, RUN_ID } from '../support/env.js';
import { screenshot } from '../support/screenshot.js';
import { expect, test } from '../support/test.js';

/** A year no other spec files reports for: every department is 未报. */
const YEAR = 2020;
const DEPARTMENT = { code: '150785-mzj', name: '根河市民政局' };
const MESSAGE = `请于本周五前报送（${RUN_ID}）`;

test('政务公开办催报一个未报送的部门，部门编辑在页头和待办事项中看到并打开通知', async ({ page }) => {
  await new LoginPage(page).signIn('demo-reviewer');
  const dashboard = new ReportDashboardBulk(page);
  const reminders = new ReminderPage(page);
  await page.goto(`/governments/${GOVERNMENT_CODE}/reports/${YEAR}`);
  const row = dashboard.row(DEPARTMENT.name);
  await expect(row, '看板应列出民政局').toBeVisible({ timeout: 30_000 });
  await expect(dashboard.status(DEPARTMENT.name)).toHaveText('未报');
  await expect(reminders.remindSelected, '未勾选部门时不能催报所选').toBeDisabled();
  await dashboard.check(DEPARTMENT.name);
  await expect(reminders.remindSelected).toHaveText(/催报所选（1）/u);
  await reminders.remindSelected.click();
  await expect(reminders.dialog).toBeVisible();
  await expect(reminders.targets).toContainText(DEPARTMENT.name);
  await expect(reminders.targets, `${YEAR} 年度报告早已过截止日`).toContainText('逾期未报送');
  await reminders.message.fill(MESSAGE);
  await screenshot(page, 'report-reminder-dialog.png', { fullPage: false });
  await reminders.send.click();
  await expect(page.locator('.el-message--success'), '发送后应提示已催报').toContainText('已向 1 个部门发出催报');
  await expect(reminders.dialog).toBeHidden();
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  await expect(reminders.lastReminded(row), '「上次催报」应显示今天').toHaveText(today);
  await new AppHeader(page).signOut();

  // The department's editor: the header counts the unread notice; 待办事项 shows it; opening it marks it read.
  await new LoginPage(page).signIn('mzj-editor');
  const todo = new TodoPage(page);
  await expect(todo.headerCount, '页头应显示待办数（含未读通知）').toBeVisible();
  const before = Number(await todo.headerCount.textContent());
  expect(before).toBeGreaterThanOrEqual(1);
  await todo.headerLink.click();
  await expect(page).toHaveURL(/\/todo$/u);
  const notice = reminders.notice(`请报送 ${YEAR} 年度`).first();
  await expect(notice, '待办事项应列出催报通知').toBeVisible();
  await expect(notice).toHaveAttribute('data-read', 'no');
  await expect(notice).toContainText('催报');
  await expect(reminders.unread).toBeVisible();
  await notice.getByTestId('notice-open').click();
  await expect(notice.getByTestId('notice-message')).toHaveText(`附言：${MESSAGE}`);
  await expect(notice, '打开后记为已读').toHaveAttribute('data-read', 'yes');
  // 已读后页头的数减一.
  if (before - 1 === 0) await expect(todo.headerCount).toHaveCount(0);
  else await expect(todo.headerCount).toHaveText(before - 1 > 99 ? '99+' : String(before - 1));
  await screenshot(page, 'report-reminder-notice.png');
  await notice.getByTestId('notice-link').click();
  await expect(page).toHaveURL(new RegExp(`/agencies/${DEPARTMENT.code}/reports/${YEAR}$`, 'u'));
});
