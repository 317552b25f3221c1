/**
 * The office's review of a report: 退回 with an overall comment and comments on cells and sections (clicked in the
 * form), 审核通过 and 公开 — each offered only when separation of duties (职责分离) allows it, else the reason — and
 * the comments shown on the form (the ones being written, or those of the last return).
 */
import { computed, nextTick, ref, watch } from 'vue';
import { useMutation } from '@urql/vue';
import { ElMessage } from 'element-plus';
import { ApproveAnnualReportMutation, PublishAnnualReportsMutation, ReturnAnnualReportMutation } from '../../queries';
import { describeError } from '../../errors';
import { canReviewReport, reportStepProblem, reportSubmitters } from '../../report-access';
import { lastReturnComments } from './report-layout';
import type { AnnualReportState } from './useAnnualReport';

export function useReportReview(props: { code: string; year: string }, state: AnnualReportState) {
  const { report, agency, me, mayReview, status } = state;
  const reviewMode = ref(false);
  const reviewComment = ref('');
  const reviewComments = ref<Array<{ key: string; text: string }>>([]);
  const returnMutation = useMutation(ReturnAnnualReportMutation);
  const approveMutation = useMutation(ApproveAnnualReportMutation);
  const publishMutation = useMutation(PublishAnnualReportsMutation);
  const reviewError = ref<string | null>(null);
  watch(
    () => [props.code, props.year],
    () => {
      reviewMode.value = false;
    },
  );

  // Separation of duties (职责分离): not a report of the reviewer's own agency, nor one the reviewer submitted.
  const submitters = computed(() => reportSubmitters(report.value?.transitions));
  const reviewAllowed = (step: 'return' | 'approve' | 'publish'): boolean =>
    !!agency.value && canReviewReport(me.value, step, agency.value, submitters.value);
  const canReturn = computed(() => mayReview.value && status.value === 'SUBMITTED' && reviewAllowed('return'));
  const canApprove = computed(() => mayReview.value && status.value === 'SUBMITTED' && reviewAllowed('approve'));
  const canPublish = computed(() => mayReview.value && status.value === 'APPROVED' && reviewAllowed('publish'));
  /** Why a reviewer sees no 审核通过 / 公开 button on a report waiting for them. */
  const reviewBlocker = computed(() => {
    const step = status.value === 'SUBMITTED' ? 'approve' : status.value === 'APPROVED' ? 'publish' : null;
    return mayReview.value && agency.value && step
      ? reportStepProblem(me.value, step, agency.value, submitters.value)
      : null;
  });

  function startReturn(): void {
    reviewMode.value = true;
    reviewError.value = null;
    state.activeTab.value = 'form';
  }

  function addComment(key: string): void {
    if (!reviewMode.value) return;
    if (!reviewComments.value.some((c) => c.key === key)) reviewComments.value.push({ key, text: '' });
    void nextTick(() =>
      document.querySelector<HTMLTextAreaElement>(`[data-comment-key="${CSS.escape(key)}"] textarea`)?.focus(),
    );
  }

  const failure = (error: Parameters<typeof describeError>[0] | undefined, fallback: string): string =>
    error ? (error.graphQLErrors[0]?.message ?? describeError(error)) : fallback;

  async function confirmReturn(): Promise<void> {
    if (!report.value) return;
    reviewError.value = null;
    const cellComments: Record<string, string> = {};
    for (const c of reviewComments.value) if (c.text.trim()) cellComments[c.key] = c.text.trim();
    const res = await returnMutation.executeMutation({
      id: report.value.id,
      comment: reviewComment.value.trim() || null,
      cellComments,
    });
    if (res.error || !res.data) {
      reviewError.value = failure(res.error, '退回失败');
      return;
    }
    state.loadReport(res.data.returnAnnualReport);
    reviewMode.value = false;
    reviewComment.value = '';
    reviewComments.value = [];
    ElMessage.success('已退回，部门修改后可重新报送');
  }

  async function approve(): Promise<void> {
    if (!report.value) return;
    const res = await approveMutation.executeMutation({ id: report.value.id });
    if (res.error || !res.data) {
      reviewError.value = failure(res.error, '审核失败');
      return;
    }
    state.loadReport(res.data.approveAnnualReport);
    ElMessage.success('已审核通过');
  }

  async function publish(): Promise<void> {
    if (!report.value) return;
    const res = await publishMutation.executeMutation({ ids: [report.value.id] });
    if (res.error || !res.data) {
      reviewError.value = failure(res.error, '公开失败');
      return;
    }
    ElMessage.success('已公开');
    state.reload();
  }

  const returned = computed(() =>
    status.value === 'RETURNED' && report.value ? lastReturnComments(report.value.transitions) : null,
  );
  /** The comments shown on the form: the ones being written (review mode), else those of the last return. */
  const comments = computed<Record<string, string>>(() => {
    if (reviewMode.value) {
      const out: Record<string, string> = {};
      for (const c of reviewComments.value) out[c.key] = c.text || '（待填写意见）';
      return out;
    }
    return returned.value?.byKey ?? {};
  });

  return {
    reviewMode,
    reviewComment,
    reviewComments,
    reviewError,
    returnMutation,
    approveMutation,
    publishMutation,
    canReturn,
    canApprove,
    canPublish,
    reviewBlocker,
    startReturn,
    addComment,
    confirmReturn,
    approve,
    publish,
    returned,
    comments,
  };
}
