/**
 * The agency list's data: the first request (header counts, top level, standards), children loaded when a row is
 * expanded, and the server-side search (debounced) that replaces the tree while the search box holds text.
 */
import { computed, onBeforeUnmount, ref, watch } from 'vue';
import { useQuery } from '@urql/vue';
import { ElMessage } from 'element-plus';
import { client } from '../../client';
import { describeError } from '../../errors';
import { AgencyChildrenQuery, AgencyListFirstQuery, AgencySearchQuery } from './agency-list-queries';
import {
  EXPAND_BELOW,
  SEARCH_DELAY_MS,
  SEARCH_LIMIT,
  firstLevel,
  searchCutNote,
  searchText,
  splitHits,
  toListRow,
  type ListRow,
} from './agency-list';

export function useAgencyList() {
  const first = useQuery({ query: AgencyListFirstQuery, variables: { expandBelow: EXPAND_BELOW } });

  /** What the search box holds, and the text searched for once typing paused ('' = no search: the tree). */
  const search = ref('');
  const searched = ref('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(search, (value) => {
    clearTimeout(timer);
    const text = searchText(value);
    if (text === '') searched.value = '';
    else timer = setTimeout(() => (searched.value = text), SEARCH_DELAY_MS);
  });
  onBeforeUnmount(() => clearTimeout(timer));
  const searching = computed(() => searched.value !== '');
  const hits = useQuery({
    query: AgencySearchQuery,
    variables: computed(() => ({ text: searched.value, limit: SEARCH_LIMIT })),
    pause: computed(() => !searching.value),
  });

  const tree = computed(() => firstLevel(first.data.value?.agencyLevel.rows ?? []));
  const hitRows = computed(() => splitHits(hits.data.value?.searchAgencies.rows ?? []));
  const rows = computed<ListRow[]>(() => (searching.value ? hitRows.value.agencies : tree.value.rows));
  const expanded = computed(() => (searching.value ? [] : tree.value.expanded));
  const standardRows = computed<ListRow[]>(() =>
    searching.value ? hitRows.value.standards : (first.data.value?.standardAgencies ?? []).map(toListRow),
  );
  const summary = computed(() => first.data.value?.agencyListSummary ?? null);
  const cutNote = computed(() =>
    searching.value && hits.data.value
      ? searchCutNote(hits.data.value.searchAgencies.total, hits.data.value.searchAgencies.rows.length)
      : null,
  );
  const fetching = computed(() => first.fetching.value || (searching.value && hits.fetching.value));
  const error = computed(() => first.error.value ?? (searching.value ? hits.error.value : undefined) ?? null);

  /** Changes on 刷新 and with the search, so el-table drops the children it loaded lazily. */
  const generation = ref(0);
  const tableKey = computed(() => `${generation.value}:${searching.value ? `s:${searched.value}` : 'tree'}`);

  /** el-table's `load`: the children of an expanded row. */
  async function loadChildren(row: ListRow, _node: unknown, resolve: (rows: ListRow[]) => void): Promise<void> {
    const r = await client.value
      .query(AgencyChildrenQuery, { parentCode: row.code }, { requestPolicy: 'network-only' })
      .toPromise();
    if (r.error || !r.data) {
      ElMessage.error(`${row.name}的下级机关加载失败：${r.error ? describeError(r.error) : '没有数据'}`);
      resolve([]);
      return;
    }
    const level = r.data.agencyLevel;
    if (level.total > level.rows.length)
      ElMessage.info(`${row.name}共有 ${level.total} 个下级机关，显示前 ${level.rows.length} 个；其余请用查找`);
    resolve(level.rows.map(toListRow));
  }

  function reload(): void {
    generation.value++;
    first.executeQuery({ requestPolicy: 'network-only' });
    if (searching.value) hits.executeQuery({ requestPolicy: 'network-only' });
  }

  return {
    first,
    search,
    searching,
    rows,
    expanded,
    standardRows,
    summary,
    cutNote,
    fetching,
    error,
    tableKey,
    loadChildren,
    reload,
  };
}
