/**
 * A case's review and lawsuit records in the drawer: the form (new or an existing record being edited), 保存 with
 * the server's field errors beside their fields, 删除 after a confirmation. After each change the case is read again
 * (its records, and so table 四, come from the server).
 */
import { reactive, ref } from 'vue';
import { useMutation } from '@urql/vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import { DeleteReviewRecordMutation, SaveReviewRecordMutation } from './queries';
import { describeError } from '../../errors';
import {
  emptyReviewForm,
  reviewFieldOf,
  reviewFormOf,
  reviewFormProblem,
  reviewInputOf,
  type ReviewField,
  type ReviewForm,
} from './reviews';
import type { CaseFields } from './data';

type Review = CaseFields['reviews'][number];

export function useCaseReviews(opts: { agencyCode: () => string; caseId: () => string | null; reload: () => void }) {
  const editing = ref<string | 'new' | null>(null);
  const form = reactive<ReviewForm>(emptyReviewForm());
  const errors = reactive<Partial<Record<ReviewField, string>>>({});
  const generalError = ref<string | null>(null);
  const save = useMutation(SaveReviewRecordMutation);
  const del = useMutation(DeleteReviewRecordMutation);

  function clearErrors(): void {
    for (const k of Object.keys(errors)) delete errors[k as ReviewField];
    generalError.value = null;
  }
  function start(r: Review | null): void {
    clearErrors();
    Object.assign(form, r ? reviewFormOf(r) : emptyReviewForm());
    editing.value = r ? r.id : 'new';
  }
  function cancel(): void {
    clearErrors();
    editing.value = null;
  }

  async function submit(): Promise<boolean> {
    const caseId = opts.caseId();
    if (!caseId || editing.value === null) return false;
    clearErrors();
    const problem = reviewFormProblem(form);
    if (problem) {
      errors[problem.field] = problem.message;
      return false;
    }
    const res = await save.executeMutation({
      code: opts.agencyCode(),
      id: editing.value === 'new' ? null : editing.value,
      input: reviewInputOf(form, caseId),
    });
    if (res.error || !res.data) {
      const general: string[] = [];
      for (const e of res.error?.graphQLErrors ?? []) {
        const f = reviewFieldOf(e.extensions?.['field']);
        if (e.extensions?.['code'] === 'BAD_USER_INPUT' && f) errors[f] = e.message;
        else general.push(describeError({ message: e.message, graphQLErrors: [e] }));
      }
      if (res.error && (res.error.networkError || res.error.graphQLErrors.length === 0))
        general.push(describeError(res.error));
      generalError.value = general.length ? general.join('；') : null;
      return false;
    }
    ElMessage.success(editing.value === 'new' ? '已登记复议诉讼记录' : '已保存');
    editing.value = null;
    opts.reload();
    return true;
  }

  async function remove(r: Review): Promise<boolean> {
    try {
      await ElMessageBox.confirm(`删除这条${r.kindLabel}记录（${r.filedOn}）？表四将不再计入。`, '删除记录', {
        confirmButtonText: '删除',
        cancelButtonText: '取消',
        type: 'warning',
        confirmButtonClass: 'el-button--danger',
      });
    } catch {
      return false;
    }
    const res = await del.executeMutation({ id: r.id });
    if (res.error) {
      generalError.value = describeError(res.error);
      return false;
    }
    ElMessage.success('已删除');
    if (editing.value === r.id) editing.value = null;
    opts.reload();
    return true;
  }

  return { editing, form, errors, generalError, saving: save.fetching, start, cancel, submit, remove };
}
