/** The office's view of a government's departments for a year (officeRecordView), with the year kept in ?year=. */
import { computed, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@urql/vue';
import { OfficeRecordViewQuery } from './summary-queries';
import { exportUrl, sortDepartments, type OfficeSort } from './office-records';
import { yearOf } from './records';

export function useOfficeRecords(props: { code: string }) {
  const route = useRoute();
  const router = useRouter();
  const year = ref(yearOf(route.query['year']));
  watch(year, (y) => void router.replace({ query: { ...route.query, year: String(y) } }));

  const result = useQuery({
    query: OfficeRecordViewQuery,
    variables: () => ({ code: props.code, year: year.value }),
    requestPolicy: 'cache-and-network',
  });
  const reload = (): void => {
    result.executeQuery({ requestPolicy: 'network-only' });
  };
  const view = computed(() => result.data.value?.officeRecordView ?? null);
  const sort = ref<OfficeSort>('rate');
  const departments = computed(() => sortDepartments(view.value?.departments ?? [], sort.value));
  const workbook = computed(() => exportUrl(props.code, year.value));
  return { year, result, reload, view, sort, departments, workbook };
}
