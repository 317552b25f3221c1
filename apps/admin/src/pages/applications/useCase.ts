/**
 * One case in the drawer: the form as typed (a new case or the loaded one), 保存 (a draft saves even when
 * incomplete; the server's field errors go beside the field they name), the steps added one at a time, the outcome
 * (or reopening), and 删除. Every mutation returns the case with its recomputed clock.
 */
import { computed, reactive, ref, watch } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import {
  AddApplicationStepMutation,
  ApplicationCaseQuery,
  CreateApplicationCaseMutation,
  DeleteApplicationCaseMutation,
  RecordApplicationOutcomeMutation,
  UpdateApplicationCaseMutation,
} from './queries';
import { describeError, errorCode, type RequestError } from '../../errors';
import { caseFieldOf, caseFormOf, caseInputOf, emptyCaseForm, type CaseField } from './register';
import type { CaseFields } from './data';

export interface StepDraft {
  kind: string;
  on: string;
  days: number | null;
  approver: string;
  note: string;
}

export function useCase(opts: {
  agencyCode: () => string;
  /** The case shown: an id, or null for a new one. */
  caseId: () => string | null;
  onChanged: (c: CaseFields | null) => void;
}) {
  const query = useQuery({
    query: ApplicationCaseQuery,
    variables: () => ({ id: opts.caseId() ?? '' }),
    pause: () => !opts.caseId(),
    requestPolicy: 'network-only',
  });
  const current = ref<CaseFields | null>(null);
  const form = reactive(emptyCaseForm());
  const fieldErrors = reactive<Partial<Record<CaseField | 'step' | 'outcome', string>>>({});
  const generalError = ref<string | null>(null);
  const dirty = ref(false);

  function load(c: CaseFields | null): void {
    current.value = c;
    Object.assign(form, c ? caseFormOf(c) : emptyCaseForm());
    for (const k of Object.keys(fieldErrors)) delete fieldErrors[k as CaseField];
    generalError.value = null;
    dirty.value = false;
  }
  watch(
    () => opts.caseId(),
    (id) => {
      if (!id) load(null);
    },
    { immediate: true },
  );
  watch(
    () => query.data.value?.applicationCase,
    (c) => {
      if (c && c.id === opts.caseId()) load(c);
    },
    { immediate: true },
  );

  const loading = computed(() => !!opts.caseId() && !current.value && query.fetching.value);
  const loadError = computed(() => (opts.caseId() && !current.value ? (query.error.value ?? null) : null));
  /** The applicant's data is there only for the agency's own users (and for a new case typed by them). */
  const applicantReadable = computed(() => !current.value || current.value.applicant !== null);

  /** Field errors beside the fields; the rest in the alert. */
  function showError(error: RequestError, extra: 'step' | 'outcome' | null = null): void {
    const general: string[] = [];
    for (const e of error.graphQLErrors) {
      const f = caseFieldOf(e.extensions?.['field']);
      if (e.extensions?.['code'] === 'BAD_USER_INPUT' && f) fieldErrors[f] = e.message;
      else if (e.extensions?.['code'] === 'BAD_USER_INPUT' && extra) fieldErrors[extra] = e.message;
      else general.push(describeError({ message: e.message, graphQLErrors: [e] }));
    }
    if (error.networkError || error.graphQLErrors.length === 0) general.push(describeError(error));
    if (errorCode(error) === 'CONFLICT') general.push('该申请已被他人修改，请关闭后重新打开。');
    generalError.value = general.length ? [...new Set(general)].join('；') : null;
  }
  function clearErrors(): void {
    for (const k of Object.keys(fieldErrors)) delete fieldErrors[k as CaseField];
    generalError.value = null;
  }

  const create = useMutation(CreateApplicationCaseMutation);
  const update = useMutation(UpdateApplicationCaseMutation);
  const addStepM = useMutation(AddApplicationStepMutation);
  const outcomeM = useMutation(RecordApplicationOutcomeMutation);
  const deleteM = useMutation(DeleteApplicationCaseMutation);
  const saving = computed(() => create.fetching.value || update.fetching.value);

  function done(c: CaseFields, message: string): void {
    load(c);
    opts.onChanged(c);
    ElMessage.success(message);
  }

  async function save(): Promise<boolean> {
    clearErrors();
    const input = caseInputOf(form, applicantReadable.value);
    const res = current.value
      ? await update.executeMutation({ id: current.value.id, input, expectedVersion: current.value.version })
      : await create.executeMutation({ code: opts.agencyCode(), input });
    if (res.error || !res.data) {
      if (res.error) showError(res.error);
      return false;
    }
    const c = 'updateApplicationCase' in res.data ? res.data.updateApplicationCase : res.data.createApplicationCase;
    done(c, '已保存');
    return true;
  }

  async function addStep(step: StepDraft): Promise<boolean> {
    if (!current.value) return false;
    clearErrors();
    const res = await addStepM.executeMutation({
      id: current.value.id,
      step: {
        kind: step.kind,
        on: step.on,
        days: step.days,
        approver: step.approver.trim() || null,
        note: step.note.trim() || null,
      },
    });
    if (res.error || !res.data) {
      if (res.error) showError(res.error, 'step');
      return false;
    }
    done(res.data.addApplicationStep, '已添加步骤');
    return true;
  }

  async function recordOutcome(outcome: string | null, repliedOn: string | null, fee: string | null): Promise<boolean> {
    if (!current.value) return false;
    clearErrors();
    const res = await outcomeM.executeMutation({ id: current.value.id, outcome, repliedOn, fee });
    if (res.error || !res.data) {
      if (res.error) showError(res.error, 'outcome');
      return false;
    }
    done(res.data.recordApplicationOutcome, outcome ? '已办结' : '已重新办理');
    return true;
  }

  async function remove(): Promise<boolean> {
    if (!current.value) return false;
    try {
      await ElMessageBox.confirm('删除后不能恢复（申请人信息一并删除）。确定删除这件申请？', '删除申请', {
        confirmButtonText: '删除',
        cancelButtonText: '取消',
        type: 'warning',
        confirmButtonClass: 'el-button--danger',
      });
    } catch {
      return false;
    }
    const res = await deleteM.executeMutation({ id: current.value.id });
    if (res.error) {
      showError(res.error);
      return false;
    }
    load(null);
    opts.onChanged(null);
    ElMessage.success('已删除');
    return true;
  }

  return {
    query,
    current,
    form,
    fieldErrors,
    generalError,
    dirty,
    loading,
    loadError,
    applicantReadable,
    saving,
    stepSaving: addStepM.fetching,
    outcomeSaving: outcomeM.fetching,
    save,
    addStep,
    recordOutcome,
    remove,
  };
}

export type CaseState = ReturnType<typeof useCase>;
