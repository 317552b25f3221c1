/**
 * The import findings beside the table: the severity filter, the finding that was clicked and the row it points
 * to (scrolled into view and highlighted), and the reverse — a row's marker opening its findings in the panel.
 */
import { computed, nextTick, ref, type Ref } from 'vue';
import { ElMessage } from 'element-plus';
import type { FindingSeverity } from '../../gql/graphql';
import { findingRowKey, findingsByRow } from './catalogue-table';
import { countSeverities, filterBySeverity, unplacedFindingMessage } from './catalogue-page';
import type { CatalogueTab, Finding, Row } from './data';
import type { CatalogueState } from './useCatalogue';

export function useCatalogueFindings(cat: CatalogueState, tab: Ref<CatalogueTab>) {
  const panelOpen = ref(true);
  const severityFilter = ref<FindingSeverity | 'ALL'>('ALL');
  const highlightedKey = ref<string | null>(null);
  const activeFindingId = ref<string | null>(null);
  /** The element around the table (set by the table), to find the row to scroll to. */
  const tableWrap = ref<HTMLElement | null>(null);

  const rowFindings = computed(() => findingsByRow(cat.rows.value, cat.findings.value));
  const visibleFindings = computed(() => filterBySeverity(cat.findings.value, severityFilter.value));
  const severityCounts = computed(() => countSeverities(cat.findings.value));
  const findingTargets = computed(
    () => new Map(cat.findings.value.map((f) => [f.id, findingRowKey(cat.rows.value, f)])),
  );

  /** Back to the unfiltered panel with nothing located (another agency, a new import). */
  function reset(): void {
    highlightedKey.value = null;
    activeFindingId.value = null;
    severityFilter.value = 'ALL';
  }

  async function scrollToRow(key: string): Promise<void> {
    const row = cat.rows.value.find((r) => r.key === key);
    if (!row) return;
    highlightedKey.value = key;
    await nextTick();
    const el = tableWrap.value?.querySelector<HTMLElement>(`tr.cat-row-${row.index}`);
    el?.scrollIntoView({ behavior: 'smooth', block: 'center', inline: 'nearest' });
  }

  function locate(f: Finding): void {
    activeFindingId.value = f.id;
    const key = findingTargets.value.get(f.id) ?? null;
    if (key === null) {
      highlightedKey.value = null;
      ElMessage.info(unplacedFindingMessage(f.line));
      return;
    }
    tab.value = 'table';
    void scrollToRow(key);
  }

  /** Clicking a row's marker shows its findings in the panel. */
  function showRowFindings(row: Row): void {
    const list = rowFindings.value.get(row.key) ?? [];
    const first = list[0];
    if (!first) return;
    panelOpen.value = true;
    if (severityFilter.value !== 'ALL' && !list.some((f) => f.severity === severityFilter.value))
      severityFilter.value = 'ALL';
    activeFindingId.value = first.id;
    highlightedKey.value = row.key;
    void nextTick(() => {
      document
        .querySelector<HTMLElement>(`[data-finding-id="${CSS.escape(first.id)}"]`)
        ?.scrollIntoView({ block: 'nearest' });
    });
  }

  return {
    panelOpen,
    severityFilter,
    highlightedKey,
    activeFindingId,
    tableWrap,
    rowFindings,
    visibleFindings,
    severityCounts,
    findingTargets,
    reset,
    locate,
    showRowFindings,
  };
}

export type CatalogueFindings = ReturnType<typeof useCatalogueFindings>;
