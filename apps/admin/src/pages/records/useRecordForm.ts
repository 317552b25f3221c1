/**
 * 新增 / 编辑 a publication record: the form, the catalogue rows to file it under (the agency's newest published
 * catalogue, loaded when the dialog opens), saving as a draft (anything well-formed) or as published, and the
 * server's errors beside the fields they name.
 */
import { computed, reactive, ref } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { ElMessage } from 'element-plus';
import { describeError } from '../../errors';
import {
  CreatePublicationRecordMutation,
  RecordCatalogueItemsQuery,
  RecordCatalogueQuery,
  UpdatePublicationRecordMutation,
} from './records-queries';
import {
  emptyRecordForm,
  formOfRecord,
  recordFormErrors,
  recordInputOf,
  rowOptions,
  rowPath,
  type ItemNode,
  type RecordForm,
  type RecordFormField,
} from './record-form';
import type { RecordRow } from './useAgencyRecords';

export function useRecordForm(props: { code: string }, onSaved: () => void) {
  const open = ref(false);
  const editing = ref<RecordRow | null>(null);
  const form = reactive<RecordForm>(emptyRecordForm());
  const errors = reactive<Partial<Record<RecordFormField, string>>>({});
  const general = ref<string | null>(null);

  const catalogues = useQuery({
    query: RecordCatalogueQuery,
    variables: () => ({ code: props.code }),
    pause: () => !open.value,
  });
  const publishedId = computed(
    () => catalogues.data.value?.agency?.catalogues.find((c) => c.status === 'PUBLISHED')?.id ?? null,
  );
  const items = useQuery({
    query: RecordCatalogueItemsQuery,
    variables: () => ({ id: publishedId.value ?? '' }),
    pause: () => !open.value || !publishedId.value,
  });
  const versionLabel = computed(() => items.data.value?.catalogue?.versionLabel ?? null);
  const options = computed(() => rowOptions((items.data.value?.catalogue?.items ?? []) as ItemNode[]));
  const noCatalogue = computed(() => !!catalogues.data.value && !publishedId.value);
  const cascaderValue = computed<string[]>({
    get: () => (form.requirementId ? (rowPath(options.value, form.requirementId) ?? []) : []),
    set: (path) => {
      form.requirementId = path.length > 0 ? path[path.length - 1]! : null;
      delete errors.requirementId;
    },
  });

  function clearErrors(): void {
    for (const k of Object.keys(errors)) delete errors[k as RecordFormField];
    general.value = null;
  }

  function openNew(): void {
    editing.value = null;
    Object.assign(form, emptyRecordForm());
    clearErrors();
    open.value = true;
  }

  function openEdit(r: RecordRow): void {
    editing.value = r;
    Object.assign(form, formOfRecord(r));
    clearErrors();
    open.value = true;
  }

  const createMutation = useMutation(CreatePublicationRecordMutation);
  const updateMutation = useMutation(UpdatePublicationRecordMutation);
  const saving = computed(() => createMutation.fetching.value || updateMutation.fetching.value);

  async function save(status: 'DRAFT' | 'PUBLISHED'): Promise<void> {
    clearErrors();
    const input = recordInputOf(form, status);
    let error;
    if (editing.value) {
      const res = await updateMutation.executeMutation({
        id: editing.value.id,
        input,
        expectedVersion: editing.value.version,
      });
      error = res.error;
    } else {
      if (!form.requirementId) {
        errors.requirementId = '请选择所属的目录事项和行';
        return;
      }
      const res = await createMutation.executeMutation({ requirementId: form.requirementId, input });
      error = res.error;
    }
    if (error) {
      const placed = recordFormErrors(error);
      Object.assign(errors, placed.fields);
      general.value =
        placed.general ?? (Object.keys(placed.fields).length === 0 ? describeError(error) : '没有保存，请改正标出的项');
      return;
    }
    ElMessage.success(status === 'DRAFT' ? '已保存为草稿' : '已保存');
    open.value = false;
    onSaved();
  }

  return {
    open,
    editing,
    form,
    errors,
    general,
    options,
    versionLabel,
    noCatalogue,
    cascaderValue,
    saving,
    openNew,
    openEdit,
    save,
  };
}

export type RecordFormState = ReturnType<typeof useRecordForm>;
