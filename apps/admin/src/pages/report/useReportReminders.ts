/**
 * 催报 from the dashboard (issue 17): which departments may be reminded (the domain's rule: not filed, late or not),
 * the year's reminders per department (the 「上次催报」 column, with 「邮件发送失败」 when the mail failed), and sending
 * — to the checked departments or to all not filed — with an optional message (附言, the domain's limit).
 */
import { computed, ref } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { ElMessage } from 'element-plus';
import { CHINA_TIME_ZONE, REMINDER_REASON_LABELS, formatDate, reminderReason } from '@gongkai/domain';
import { ReportRemindersQuery, SendReportRemindersMutation } from '../../queries';
import { describeError } from '../../errors';
import { canReviewReports } from '../../report-access';
import { session } from '../../session';
import type { DepartmentRow as Row } from './dashboard-data';

export interface ReminderTarget {
  code: string;
  name: string;
  reason: string;
}

/** Why the row's department may be reminded (「未报送」「逾期未报送」), or null when it has filed. */
export function reminderReasonOf(row: Pick<Row, 'status' | 'deadline'>, today: string): string | null {
  const r = reminderReason(row.status ?? null, row.deadline, today);
  return r ? REMINDER_REASON_LABELS[r] : null;
}

/** The targets of a sending: the checked rows that may be reminded (null: none of them may). */
export function reminderTargets(rows: ReadonlyArray<Pick<Row, 'status' | 'deadline' | 'agency'>>, today: string) {
  return rows.flatMap((r) => {
    const reason = reminderReasonOf(r, today);
    return reason ? [{ code: r.agency.code, name: r.agency.name, reason }] : [];
  });
}

export function useReportReminders(code: () => string, year: () => number, done: () => void) {
  const may = computed(() => canReviewReports(session.me));
  const today = formatDate(new Date(), { timeZone: CHINA_TIME_ZONE });
  const summary = useQuery({
    query: ReportRemindersQuery,
    variables: () => ({ code: code(), year: year() }),
    pause: () => !may.value,
    requestPolicy: 'cache-and-network',
  });
  const byCode = computed(() => new Map((summary.data.value?.reportReminders ?? []).map((s) => [s.agencyCode, s])));
  const send = useMutation(SendReportRemindersMutation);
  const dialog = ref(false);
  /** The departments the dialog sends to; null: every department not filed (the server picks them). */
  const targets = ref<ReminderTarget[] | null>(null);
  const message = ref('');
  const error = ref<string | null>(null);

  function open(list: ReminderTarget[] | null): void {
    targets.value = list;
    message.value = '';
    error.value = null;
    dialog.value = true;
  }

  async function submit(): Promise<void> {
    error.value = null;
    const res = await send.executeMutation({
      code: code(),
      year: year(),
      agencyCodes: targets.value ? targets.value.map((t) => t.code) : null,
      message: message.value.trim() || null,
    });
    if (res.error || !res.data) {
      error.value = res.error ? describeError(res.error) : '催报失败，服务器没有返回结果';
      return;
    }
    const r = res.data.sendReportReminders;
    const mailing = r.notices.filter((n) => n.mailState === 'PENDING').length;
    ElMessage.success(
      `已向 ${r.count} 个部门发出催报${r.mailConfigured ? `，其中 ${mailing} 个部门同时发送邮件` : '（站内通知）'}`,
    );
    dialog.value = false;
    summary.executeQuery({ requestPolicy: 'network-only' });
    done();
  }

  return {
    may,
    today,
    byCode,
    dialog,
    targets,
    message,
    error,
    busy: computed(() => send.fetching.value),
    open,
    submit,
    reload: (): void => {
      summary.executeQuery({ requestPolicy: 'network-only' });
    },
  };
}
