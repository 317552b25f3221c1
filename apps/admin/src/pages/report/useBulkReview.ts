/**
 * The dashboard's bulk steps on the departments' reports chosen with the checkboxes: 公开 (已审核通过 ones), and for the
 * office's reviewer 审核通过 and 退回 with one comment (已报送 ones). A row is selectable when the step its status
 * allows is one the user may take (职责分离, the domain's rule); the server checks each report again and refuses the
 * whole step — naming the departments — if any one is refused, so nothing is half done.
 */
import { computed, ref } from 'vue';
import { useMutation } from '@urql/vue';
import { ElMessage } from 'element-plus';
import { ApproveAnnualReportsMutation, PublishAnnualReportsMutation, ReturnAnnualReportsMutation } from '../../queries';
import { describeError } from '../../errors';
import { canReviewReport } from '../../report-access';
import { session } from '../../session';
import type { DepartmentRow as Row } from './dashboard-data';

export type BulkStep = 'publish' | 'approve' | 'return';

/** The status a report must have for a bulk step. */
export const BULK_STEP_STATUS: Record<BulkStep, string> = {
  publish: 'APPROVED',
  approve: 'SUBMITTED',
  return: 'SUBMITTED',
};

/** Whether the user may take the step on the row's report (its status and 职责分离). */
export function mayTakeStep(row: Pick<Row, 'status' | 'agency' | 'report'>, step: BulkStep): boolean {
  return (
    !!row.report &&
    row.status === BULK_STEP_STATUS[step] &&
    canReviewReport(session.me, step, { id: row.agency.id, kind: 'DEPARTMENT' })
  );
}

/** The reports of the selection a step applies to: all of them, or none (a mixed selection is not half done). */
export function stepIds(rows: ReadonlyArray<Pick<Row, 'status' | 'report'>>, step: BulkStep): string[] {
  if (rows.length === 0 || rows.some((r) => r.status !== BULK_STEP_STATUS[step] || !r.report)) return [];
  return rows.map((r) => r.report!.id);
}

export function useBulkReview(done: () => void) {
  const selected = ref<Row[]>([]);
  const error = ref<string | null>(null);
  const returnDialog = ref(false);
  const returnComment = ref('');
  const publish = useMutation(PublishAnnualReportsMutation);
  const approve = useMutation(ApproveAnnualReportsMutation);
  const ret = useMutation(ReturnAnnualReportsMutation);
  const busy = computed(() => publish.fetching.value || approve.fetching.value || ret.fetching.value);
  const ids = (step: BulkStep) => computed(() => stepIds(selected.value, step));
  const publishIds = ids('publish');
  const reviewIds = ids('approve');

  const selectable = (row: Row): boolean =>
    mayTakeStep(row, 'publish') || mayTakeStep(row, 'approve') || mayTakeStep(row, 'return');

  async function run(step: BulkStep): Promise<void> {
    error.value = null;
    const list = step === 'publish' ? publishIds.value : reviewIds.value;
    if (list.length === 0) return;
    const res =
      step === 'publish'
        ? await publish.executeMutation({ ids: list })
        : step === 'approve'
          ? await approve.executeMutation({ ids: list })
          : await ret.executeMutation({ ids: list, comment: returnComment.value.trim() });
    if (res.error) {
      error.value = describeError(res.error);
      return;
    }
    const verb = step === 'publish' ? '公开' : step === 'approve' ? '审核通过' : '退回';
    ElMessage.success(`已${verb} ${list.length} 份报告`);
    if (step === 'return') {
      returnDialog.value = false;
      returnComment.value = '';
    }
    done();
  }

  return { selected, error, busy, publishIds, reviewIds, selectable, run, returnDialog, returnComment };
}
