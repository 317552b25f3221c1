/**
 * The state and actions of 编辑公开要求 (RequirementEditDrawer): the form loaded from the row when the drawer opens,
 * what changed and the live problems (the domain's rule, never blocking), 保存 sending the changed fields with the
 * version read and the values started from, the server's CONFLICT / NOT_FOUND / field errors, 「刷新此行」 merging the
 * row as it is now under the user's changes, and the question before closing with unsaved changes.
 */
import { computed, nextTick, reactive, ref, watch, type Ref } from 'vue';
import { useMutation } from '@urql/vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import { UpdateRequirementMutation } from '../../queries';
import type { RequirementFieldsFragment } from '../../gql/graphql';
import { errorCode } from '../../errors';
import {
  changedFields,
  cloneForm,
  fieldList,
  formFromRequirement,
  formProblems,
  planSave,
  rebaseForm,
  type FormField,
  type RequirementForm,
} from '../../requirement-form';
import { conflictOf, rebaseNoteOf, saveErrorsOf } from './requirement-save';

export interface OfficeOption {
  id: string;
  name: string;
  aliases: readonly string[];
}

const EMPTY: RequirementForm = {
  contentIntro: '',
  contentElements: [],
  timeLimitRaw: '',
  publishingOrgans: [],
  channels: [],
  extraChannels: [],
  audiences: [],
  officeIds: [],
  legalBasis: [],
  modes: [],
  levels: [],
  remarks: [],
};

export interface RequirementEditProps {
  modelValue: boolean;
  requirement: RequirementFieldsFragment | null;
  offices: readonly OfficeOption[];
  reloadRow: () => Promise<RequirementFieldsFragment | null>;
}

export function useRequirementEdit(
  props: RequirementEditProps,
  visible: Ref<boolean>,
  onSaved: (saved: RequirementFieldsFragment) => void,
  /** The drawer's body, scrolled to the top to show a new alert. */
  body: Ref<HTMLElement | null>,
) {
  /** The values the user started from (as read from the server) and the version read with them. */
  const base = ref<RequirementForm>(cloneForm(EMPTY));
  const expectedVersion = ref(0);
  const form = reactive<RequirementForm>(cloneForm(EMPTY));
  const showIntro = ref(false);

  const conflict = ref<{ message: string; fields: string[] } | null>(null);
  const rebaseNote = ref<string | null>(null);
  const rowGone = ref(false);
  const generalError = ref<string | null>(null);
  const fieldErrors = ref<Partial<Record<FormField, string>>>({});
  const refreshing = ref(false);
  /** Counts the openings: the parts with their own state (due date, new office) start afresh each time. */
  const opened = ref(0);

  /** Brings the alerts at the top of the drawer into view. */
  function showAlerts(): void {
    void nextTick(() => {
      const scroller = body.value?.closest('.el-drawer__body');
      scroller?.scrollTo({ top: 0, behavior: 'smooth' });
    });
  }

  const save = useMutation(UpdateRequirementMutation);

  function assignForm(values: RequirementForm): void {
    Object.assign(form, cloneForm(values));
  }

  function load(r: RequirementFieldsFragment): void {
    const values = formFromRequirement(r);
    base.value = cloneForm(values);
    assignForm(values);
    expectedVersion.value = r.version;
    showIntro.value = values.contentIntro.trim() !== '';
  }

  watch(
    () => props.modelValue,
    (open) => {
      if (!open || !props.requirement) return;
      load(props.requirement);
      conflict.value = null;
      rebaseNote.value = null;
      rowGone.value = false;
      generalError.value = null;
      fieldErrors.value = {};
      opened.value++;
    },
    { immediate: true },
  );

  const addedOffices = ref<OfficeOption[]>([]);
  const officeOptions = computed<OfficeOption[]>(() => {
    const seen = new Set(props.offices.map((o) => o.id));
    return [...props.offices, ...addedOffices.value.filter((o) => !seen.has(o.id))];
  });
  const officeName = (id: string): string | undefined => officeOptions.value.find((o) => o.id === id)?.name;

  const changedNow = computed(() => changedFields(base.value, form));
  const dirty = computed(() => changedNow.value.length > 0);
  const problems = computed(() => formProblems(form, officeName));
  const problemCount = computed(() => Object.keys(problems.value).length);
  const changedMark = (f: FormField): boolean => changedNow.value.includes(f);

  /** An error of the server for a field (it is the reason saving failed). */
  const fieldError = (field: FormField): string => fieldErrors.value[field] ?? '';

  watch(
    () => JSON.stringify(form),
    () => {
      fieldErrors.value = {};
    },
  );

  async function submit(): Promise<void> {
    if (!props.requirement || rowGone.value) return;
    generalError.value = null;
    fieldErrors.value = {};
    const plan = planSave(base.value, form);
    if (plan.changed.length === 0) {
      ElMessage.info('没有改动，无需保存');
      visible.value = false;
      return;
    }
    const result = await save.executeMutation({
      id: props.requirement.id,
      expectedVersion: expectedVersion.value,
      input: plan.input,
      base: plan.base,
    });
    if (result.error || !result.data) {
      const error = result.error;
      if (!error) {
        generalError.value = '保存失败：服务器没有返回结果';
        return;
      }
      if (errorCode(error) === 'CONFLICT') {
        conflict.value = conflictOf(error);
        rebaseNote.value = null;
        showAlerts();
        return;
      }
      if (errorCode(error) === 'NOT_FOUND') {
        rowGone.value = true;
        showAlerts();
        return;
      }
      const e = saveErrorsOf(error);
      fieldErrors.value = e.fields;
      generalError.value = e.general;
      if (generalError.value) showAlerts();
      return;
    }
    const saved = result.data.updateRequirement;
    const left = saved.problems.length;
    ElMessage.success({
      message: `已保存（${fieldList(plan.changed)}）${left > 0 ? `；这一行还有 ${left} 处待完善` : ''}`,
      duration: 4000,
    });
    base.value = formFromRequirement(saved);
    expectedVersion.value = saved.version;
    onSaved(saved);
    visible.value = false;
  }

  /** 「刷新此行」: the row as it is now, with the user's changes kept on top. */
  async function refreshRow(): Promise<void> {
    refreshing.value = true;
    try {
      const fresh = await props.reloadRow();
      if (!fresh) {
        rowGone.value = true;
        conflict.value = null;
        return;
      }
      const theirs = formFromRequirement(fresh);
      const r = rebaseForm(base.value, form, theirs);
      assignForm(r.form);
      base.value = theirs;
      expectedVersion.value = fresh.version;
      conflict.value = null;
      rebaseNote.value = rebaseNoteOf(r, changedFields(theirs, r.form));
      showAlerts();
    } finally {
      refreshing.value = false;
    }
  }

  async function beforeClose(done: () => void): Promise<void> {
    if (!dirty.value || rowGone.value) {
      done();
      return;
    }
    try {
      await ElMessageBox.confirm(
        `你修改了「${fieldList(changedNow.value)}」，尚未保存。关闭后这些修改将丢失。`,
        '放弃未保存的修改？',
        {
          confirmButtonText: '放弃修改',
          cancelButtonText: '继续编辑',
          type: 'warning',
        },
      );
      done();
    } catch {
      // keep editing
    }
  }

  return {
    form,
    showIntro,
    conflict,
    rebaseNote,
    rowGone,
    generalError,
    refreshing,
    opened,
    saving: computed(() => save.fetching.value),
    addedOffices,
    officeOptions,
    changedNow,
    dirty,
    problems,
    problemCount,
    changedMark,
    fieldError,
    submit,
    refreshRow,
    beforeClose,
  };
}
