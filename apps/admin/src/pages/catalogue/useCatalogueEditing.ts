/**
 * Editing a draft in place: a requirement row in the drawer (编辑 / 新增行 / 删除), and the items (add, rename,
 * move, delete) from the ⋯ menu beside an item's name.
 */
import { computed, ref } from 'vue';
import { useMutation } from '@urql/vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import { AddRequirementMutation, DeleteItemMutation, DeleteRequirementMutation, MoveItemMutation } from '../../queries';
import type { ItemFieldsFragment, RequirementFieldsFragment } from '../../gql/graphql';
import { buildCatalogueRows } from './catalogue-table';
import { describeError } from '../../errors';
import {
  deleteItemMessage,
  itemPlaces,
  locateItem,
  siblingMove,
  type ItemNameTask,
  type TreeNode,
} from '../../item-tree';
import { rowPlace } from './catalogue-page';
import { DELETE_CONFIRM, type Row } from './data';
import type { CatalogueState } from './useCatalogue';

export function useCatalogueEditing(cat: CatalogueState) {
  // ---------------------------------------------------------------------------------------- rows

  const editing = ref<{ requirement: RequirementFieldsFragment; itemPath: string[]; rowNumber: number } | null>(null);
  const drawerOpen = ref(false);
  /** The requirement whose row is open in the drawer (highlighted in the table). */
  const editingId = computed(() => (editing.value && drawerOpen.value ? editing.value.requirement.id : null));

  function openEditor(row: Row): void {
    if (!row.requirement) return;
    editing.value = { requirement: row.requirement, ...rowPlace(row) };
    drawerOpen.value = true;
  }

  async function reloadEditingRow(): Promise<RequirementFieldsFragment | null> {
    const id = editing.value?.requirement.id;
    const fresh = await cat.fetchDetail();
    if (!fresh || !id) return null;
    const row = buildCatalogueRows(fresh.items).find((r) => r.requirement?.id === id);
    if (!row?.requirement) return null;
    editing.value = { requirement: row.requirement, ...rowPlace(row) };
    return row.requirement;
  }

  const deleteRequirementMutation = useMutation(DeleteRequirementMutation);
  const addRequirementMutation = useMutation(AddRequirementMutation);

  async function deleteRow(row: Row): Promise<void> {
    if (!row.requirement) return;
    const { itemPath, rowNumber } = rowPlace(row);
    try {
      await ElMessageBox.confirm(
        `删除「${itemPath.join(' › ')}」第${rowNumber}条公开要求？此操作只影响本草稿。`,
        '删除公开要求',
        DELETE_CONFIRM,
      );
    } catch {
      return;
    }
    const r = await deleteRequirementMutation.executeMutation({ id: row.requirement.id });
    if (r.error) ElMessage.error({ message: describeError(r.error), duration: 6000 });
    else ElMessage.success(`已删除「${itemPath.join(' › ')}」第${rowNumber}条`);
    cat.reloadDetail();
  }

  async function addRow(itemId: string): Promise<void> {
    const r = await addRequirementMutation.executeMutation({ itemId });
    if (r.error || !r.data) {
      ElMessage.error({ message: r.error ? describeError(r.error) : '新增失败', duration: 6000 });
      return;
    }
    const fresh = await cat.fetchDetail();
    cat.reloadHistory();
    const row = fresh
      ? buildCatalogueRows(fresh.items).find((x) => x.requirement?.id === r.data!.addRequirement.id)
      : undefined;
    if (row) {
      ElMessage.success('已新增一行，请填写各栏');
      openEditor(row);
    }
  }

  // ---------------------------------------------------------------------------------------- items

  const itemsTree = computed(() => (cat.catalogue.value?.items ?? []) as readonly (ItemFieldsFragment & TreeNode)[]);
  const places = computed(() => itemPlaces(itemsTree.value));
  const itemTask = ref<ItemNameTask | null>(null);
  const itemDialogOpen = ref(false);
  const moveItemId = ref<string | null>(null);
  const moveDialogOpen = ref(false);
  const moveMutation = useMutation(MoveItemMutation);
  const deleteItemMutation = useMutation(DeleteItemMutation);

  async function reloadItem(id: string): Promise<{ name: string; version: number } | null> {
    const fresh = await cat.fetchDetail();
    const found = fresh ? locateItem(fresh.items as readonly (ItemFieldsFragment & TreeNode)[], id) : null;
    return found ? { name: found.item.name, version: found.item.version } : null;
  }

  function addTopItem(): void {
    if (!cat.catalogue.value) return;
    itemTask.value = { mode: 'add', catalogueId: cat.catalogue.value.id, parentId: null, parentName: null, level: 1 };
    itemDialogOpen.value = true;
  }

  async function onItemCommand(command: string, id: string): Promise<void> {
    const at = locateItem(itemsTree.value, id);
    const catalogue = cat.catalogue.value;
    if (!at || !catalogue) return;
    const item = at.item;
    switch (command) {
      case 'rename':
        itemTask.value = { mode: 'rename', id, version: item.version, name: item.name, level: item.level };
        itemDialogOpen.value = true;
        break;
      case 'addChild':
        itemTask.value = {
          mode: 'add',
          catalogueId: catalogue.id,
          parentId: id,
          parentName: item.name,
          level: item.level + 1,
        };
        itemDialogOpen.value = true;
        break;
      case 'move':
        moveItemId.value = id;
        moveDialogOpen.value = true;
        break;
      case 'up':
      case 'down': {
        const move = siblingMove(itemsTree.value, id, command === 'up' ? -1 : 1);
        if (!move) return;
        const r = await moveMutation.executeMutation({ id, parentId: move.parentId, position: move.position });
        if (r.error) ElMessage.error({ message: describeError(r.error), duration: 6000 });
        cat.reloadDetail();
        break;
      }
      case 'addRow':
        await addRow(id);
        break;
      case 'delete': {
        try {
          await ElMessageBox.confirm(deleteItemMessage(item), '删除事项', DELETE_CONFIRM);
        } catch {
          return;
        }
        const r = await deleteItemMutation.executeMutation({ id });
        if (r.error) ElMessage.error({ message: describeError(r.error), duration: 6000 });
        else ElMessage.success(`已删除「${item.name}」`);
        cat.reloadDetail();
        break;
      }
    }
  }

  function onItemDone(message: string): void {
    ElMessage.success(message);
    cat.reloadDetail();
  }

  return {
    editing,
    drawerOpen,
    editingId,
    openEditor,
    reloadEditingRow,
    deleteRow,
    addRow,
    itemsTree,
    places,
    itemTask,
    itemDialogOpen,
    moveItemId,
    moveDialogOpen,
    reloadItem,
    addTopItem,
    onItemCommand,
    onItemDone,
  };
}

export type CatalogueEditing = ReturnType<typeof useCatalogueEditing>;
