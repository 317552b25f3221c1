/**
 * 提交审批 on the catalogue page (issue 17): whether the user may submit, return or publish the draft on screen — the
 * domain's rules (catalogue-submission.ts), the same the server checks — and the two actions. Editing a submitted
 * draft withdraws the submission on the server; the page reloads after each save, so the notice follows.
 */
import { computed } from 'vue';
import { useMutation } from '@urql/vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import {
  publishSubmittedRefusal,
  returnCommentProblem,
  returnDraftRefusal,
  submitDraftRefusal,
  type DraftSubmission,
  type DutyUser,
} from '@gongkai/domain';
import { ReturnCatalogueDraftMutation, SubmitCatalogueDraftMutation } from '../../queries';
import { describeError } from '../../errors';
import { session } from '../../session';
import { refreshTodoCount } from '../todo/useTodos';
import type { CatalogueState } from './useCatalogue';

export function useCatalogueSubmission(cat: CatalogueState) {
  const submission = computed(() => cat.catalogue.value?.submission ?? null);

  const user = computed<DutyUser | null>(() => {
    const me = session.me;
    if (!me || me.mustChangePassword) return null;
    return { roles: me.roles, agencyId: me.agency?.id ?? null, login: me.login };
  });

  const draft = computed<DraftSubmission | null>(() => {
    const agency = cat.agency.value;
    const c = cat.catalogue.value;
    if (!agency || !c || c.status !== 'DRAFT') return null;
    return {
      agencyId: agency.id,
      agencyKind: agency.kind,
      reviewState: (submission.value?.state as DraftSubmission['reviewState']) ?? null,
      submittedBy: submission.value?.submittedBy ?? null,
    };
  });

  /** 提交审批: a draft of a department the user edits, not submitted already. */
  const canSubmit = computed(
    () => !!user.value && !!draft.value && cat.canWrite.value && submitDraftRefusal(user.value, draft.value) === null,
  );
  /** 退回: the agency's 部门审批人 (not the submitter) on a submitted draft. */
  const canReturn = computed(
    () => !!user.value && !!draft.value && cat.canWrite.value && returnDraftRefusal(user.value, draft.value) === null,
  );
  /** 发布 stays hidden from whoever submitted the draft (nobody approves their own work). */
  const publishBlocked = computed(
    () => !!user.value && !!draft.value && publishSubmittedRefusal(user.value, draft.value) !== null,
  );

  const submitMutation = useMutation(SubmitCatalogueDraftMutation);
  const returnMutation = useMutation(ReturnCatalogueDraftMutation);

  async function submit(): Promise<void> {
    const c = cat.catalogue.value;
    if (!c) return;
    const rows = cat.rowsWithProblems.value;
    try {
      await ElMessageBox.confirm(
        `${rows > 0 ? `还有 ${rows} 行待完善。` : ''}提交后由本机关的部门审批人发布或退回；提交后再修改草稿会撤回提交。`,
        `提交审批 ${c.versionLabel}`,
        { confirmButtonText: '提交审批', cancelButtonText: '取消', type: 'info' },
      );
    } catch {
      return;
    }
    const r = await submitMutation.executeMutation({ id: c.id });
    if (r.error) {
      ElMessage.error({ message: describeError(r.error), duration: 6000 });
      return;
    }
    ElMessage.success({ message: `已提交审批「${c.versionLabel}」，等待本机关审批人处理`, duration: 4000 });
    cat.reload();
    refreshTodoCount();
  }

  async function returnDraft(): Promise<void> {
    const c = cat.catalogue.value;
    if (!c) return;
    let comment: string;
    try {
      const answer = await ElMessageBox.prompt(
        '请写明需要修改的地方，编辑会在目录页和待办事项中看到。',
        `退回 ${c.versionLabel}`,
        {
          confirmButtonText: '退回',
          cancelButtonText: '取消',
          inputType: 'textarea',
          inputPlaceholder: '退回意见（必填）',
          inputValidator: (v: string) => returnCommentProblem(v ?? '') ?? true,
          inputErrorMessage: '请填写退回意见',
          customClass: 'return-draft-dialog',
        },
      );
      comment = (answer as { value: string }).value;
    } catch {
      return;
    }
    const r = await returnMutation.executeMutation({ id: c.id, comment });
    if (r.error) {
      ElMessage.error({ message: describeError(r.error), duration: 6000 });
      return;
    }
    ElMessage.success({ message: `已退回「${c.versionLabel}」`, duration: 4000 });
    cat.reload();
    refreshTodoCount();
  }

  return {
    submission,
    canSubmit,
    canReturn,
    publishBlocked,
    submit,
    submitting: submitMutation.fetching,
    returnDraft,
    returning: returnMutation.fetching,
  };
}

export type CatalogueSubmission = ReturnType<typeof useCatalogueSubmission>;
