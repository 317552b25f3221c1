/**
 * A department's records of a year (agencyRecords): the query, the year (kept in ?year=), the list's filters (state,
 * item, search), records grouped by item, whether the user may file records here, and deleting a record.
 */
import { computed, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useMutation, useQuery } from '@urql/vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import { session } from '../../session';
import { canWriteAgency } from '../../roles';
import { describeError } from '../../errors';
import type { PublicationRecordFieldsFragment } from '../../gql/graphql';
import { AgencyRecordsQuery, DeletePublicationRecordMutation } from './records-queries';
import { filterRecords, groupByItem, pathText, yearOf, type StateFilter } from './records';

export type RecordRow = PublicationRecordFieldsFragment;

export function useAgencyRecords(props: { code: string }) {
  const route = useRoute();
  const router = useRouter();
  const year = ref(yearOf(route.query['year']));
  watch(year, (y) => void router.replace({ query: { ...route.query, year: String(y) } }));

  const result = useQuery({
    query: AgencyRecordsQuery,
    variables: () => ({ code: props.code, year: year.value }),
    requestPolicy: 'cache-and-network',
  });
  const reload = (): void => {
    result.executeQuery({ requestPolicy: 'network-only' });
  };

  const data = computed(() => result.data.value?.agencyRecords ?? null);
  const agency = computed(() => data.value?.agency ?? null);
  const records = computed<RecordRow[]>(() => data.value?.records ?? []);
  const canWrite = computed(() => !!agency.value && canWriteAgency(session.me, agency.value));

  const stateFilter = ref<StateFilter>('');
  const itemFilter = ref('');
  const search = ref('');
  const itemPaths = computed(() => groupByItem(records.value).map((g) => g.key));
  const shown = computed(() =>
    filterRecords(records.value, stateFilter.value, search.value).filter(
      (r) => itemFilter.value === '' || pathText(r.itemPath) === itemFilter.value,
    ),
  );
  const byId = computed(() => new Map(records.value.map((r) => [r.id, r])));

  const deleteMutation = useMutation(DeletePublicationRecordMutation);
  async function remove(r: RecordRow): Promise<void> {
    try {
      await ElMessageBox.confirm(`删除「${r.title ?? '（无标题）'}」？关联的政策解读也一并解除。`, '删除公开记录', {
        type: 'warning',
        confirmButtonText: '删除',
        cancelButtonText: '取消',
      });
    } catch {
      return;
    }
    const res = await deleteMutation.executeMutation({ id: r.id });
    if (res.error) ElMessage.error(describeError(res.error));
    else {
      ElMessage.success('已删除');
      reload();
    }
  }

  return {
    year,
    result,
    reload,
    data,
    agency,
    records,
    canWrite,
    stateFilter,
    itemFilter,
    search,
    itemPaths,
    shown,
    byId,
    remove,
  };
}

export type AgencyRecordsState = ReturnType<typeof useAgencyRecords>;
