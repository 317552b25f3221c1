/**
 * What the page does with whole versions: import (the dialog's result), new draft, publish, delete a draft, and
 * compare with another version or another agency's catalogue.
 */
import { computed, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useMutation } from '@urql/vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import { DeleteDraftMutation, PublishCatalogueMutation, ResolveOfficeAliasFindingMutation } from '../../queries';
import type { ImportCatalogueFileMutation } from '../../gql/graphql';
import { describeError } from '../../errors';
import { comparisonSides, type PickerOption } from '../../comparison';
import { deleteDraftConfirmation, versionAfterDeletion } from '../../import-guards';
import { defaultComparison, diffOrder } from '../../versions';
import { importedMessage, publishConfirmHtml } from './catalogue-page';
import type { Version } from './data';
import type { CatalogueState } from './useCatalogue';
import { refreshTodoCount } from '../todo/useTodos';

export function useCatalogueVersions(cat: CatalogueState, hooks: { onImported: () => void }) {
  const route = useRoute();
  const router = useRouter();
  const importOpen = ref(false);
  const createDraftOpen = ref(false);
  const compareOpen = ref(false);

  function onImported(c: ImportCatalogueFileMutation['importCatalogueFile']): void {
    ElMessage.success({ message: importedMessage(c), duration: 5000 });
    hooks.onImported();
    cat.reloadAgency();
    cat.selectVersion(c.id);
  }

  function onDraftCreated(c: Version): void {
    ElMessage.success({ message: `已新建草稿「${c.versionLabel}」，可以开始修改`, duration: 4000 });
    cat.reloadAgency();
    cat.selectVersion(c.id);
  }

  /** 查看草稿 in the import dialog's open-draft notice. */
  function showDraftFromImport(): void {
    importOpen.value = false;
    if (cat.draft.value) cat.selectVersion(cat.draft.value.id);
  }

  // ---------------------------------------------------------------------------------------- publish

  const publishMutation = useMutation(PublishCatalogueMutation);

  async function publish(): Promise<void> {
    const c = cat.catalogue.value;
    if (!c) return;
    try {
      await ElMessageBox.confirm(publishConfirmHtml(c, cat.rowsWithProblems.value), `发布 ${c.versionLabel}`, {
        confirmButtonText: '确认发布',
        cancelButtonText: '取消',
        type: 'warning',
        dangerouslyUseHTMLString: true,
        customClass: 'publish-confirm',
      });
    } catch {
      return;
    }
    const r = await publishMutation.executeMutation({ id: c.id });
    if (r.error || !r.data) {
      ElMessage.error({ message: r.error ? describeError(r.error) : '发布失败', duration: 6000 });
      return;
    }
    ElMessage.success({ message: `已发布「${r.data.publishCatalogue.versionLabel}」`, duration: 4000 });
    cat.reload();
    refreshTodoCount();
  }

  // ---------------------------------------------------------------------------------------- delete draft

  const deleteDraftMutation = useMutation(DeleteDraftMutation);

  /** 删除草稿 (from the version bar or the import dialog): confirm naming the version, delete, show the newest remaining version. */
  async function deleteDraft(target: Version | null): Promise<void> {
    if (!target || target.status !== 'DRAFT' || !cat.canWrite.value) return;
    const { title, message } = deleteDraftConfirmation(target);
    try {
      await ElMessageBox.confirm(message, title, {
        confirmButtonText: '确认删除',
        cancelButtonText: '取消',
        type: 'warning',
        confirmButtonClass: 'el-button--danger',
      });
    } catch {
      return;
    }
    const r = await deleteDraftMutation.executeMutation({ id: target.id });
    if (r.error) {
      ElMessage.error({ message: describeError(r.error), duration: 6000 });
      return;
    }
    ElMessage.success(`已删除草稿「${target.versionLabel}」`);
    const next = versionAfterDeletion(cat.versions.value, target.id);
    cat.reloadAgency();
    const { v: _deleted, ...rest } = route.query;
    void router.replace({ query: next ? { ...rest, v: next.id } : rest });
  }

  // ---------------------------------------------------------------------------------------- office alias findings

  const resolveMutation = useMutation(ResolveOfficeAliasFindingMutation);
  const resolvingId = ref<string | null>(null);

  /** 「确认合并」 keeps the merged office names; 「撤销合并」 gives the alias its own office again. */
  async function resolveFinding(id: string, action: 'CONFIRM' | 'UNDO'): Promise<void> {
    resolvingId.value = id;
    try {
      const res = await resolveMutation.executeMutation({ id, action });
      if (res.error) {
        ElMessage.error(describeError(res.error));
        return;
      }
      ElMessage.success(action === 'CONFIRM' ? '已确认合并' : '已撤销合并，该名称恢复为独立科室');
      cat.reload();
    } finally {
      resolvingId.value = null;
    }
  }

  // ---------------------------------------------------------------------------------------- compare

  const defaultCompare = computed(() =>
    cat.selectedId.value ? defaultComparison(cat.versions.value, cat.selectedId.value) : null,
  );

  function compareWith(command: string | number | object): void {
    const other = cat.versions.value.find((v) => v.id === command);
    const me = cat.selectedVersion.value;
    if (!other || !me) return;
    const { from, to } = diffOrder(other, me);
    void router.push(`/catalogues/${from.id}/diff/${to.id}`);
  }

  /** 「与其他目录比较」: item by item against another agency's catalogue (a standard goes on the left). */
  function compareWithOther(o: PickerOption): void {
    const agency = cat.agency.value;
    const id = cat.selectedId.value;
    if (!agency || !id) return;
    const { left, right } = comparisonSides({ kind: agency.kind, id }, { kind: o.agencyKind, id: o.value });
    void router.push(`/catalogues/${left.id}/compare/${right.id}`);
  }

  return {
    importOpen,
    createDraftOpen,
    compareOpen,
    onImported,
    onDraftCreated,
    showDraftFromImport,
    publish,
    publishing: publishMutation.fetching,
    deleteDraft,
    deletingDraft: deleteDraftMutation.fetching,
    resolveFinding,
    resolvingId,
    defaultCompare,
    compareWith,
    compareWithOther,
  };
}

export type CatalogueVersions = ReturnType<typeof useCatalogueVersions>;
