/**
 * The side-by-side page's state: the table, 申请人 column and statuses (the table and column kept in the address so
 * a link or a reload shows the same), the one query for all departments, and the export addresses.
 */
import { computed, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@urql/vue';
import { sideBySideHeader, type SideBySideApplicant, type SideBySideTable } from '@gongkai/domain';
import { ReportSideBySideQuery } from './side-by-side-queries';
import { DEFAULT_SUM_STATUSES } from './dashboard-data';
import { choicesFromQuery, sideBySideXlsxUrl, sumDocumentUrl } from './side-by-side';

export function useSideBySide(props: { code: string; year: string }) {
  const route = useRoute();
  const router = useRouter();
  const yearNum = computed(() => Number(props.year));
  const choices = computed(() => choicesFromQuery(route.query));
  const table = computed(() => choices.value.table);
  const applicant = computed(() => choices.value.applicant);
  const statuses = ref<string[]>([...DEFAULT_SUM_STATUSES]);

  function choose(change: { table?: SideBySideTable; applicant?: SideBySideApplicant }): void {
    const next = { ...choices.value, ...change };
    void router.replace({
      query: {
        ...route.query,
        table: next.table,
        ...(next.table === 'applications' ? { applicant: next.applicant } : { applicant: undefined }),
      },
    });
  }

  const result = useQuery({
    query: ReportSideBySideQuery,
    variables: () => ({
      code: props.code,
      year: yearNum.value,
      table: table.value,
      applicant: applicant.value,
      statuses: statuses.value,
    }),
    pause: () => !Number.isInteger(yearNum.value) || statuses.value.length === 0,
    requestPolicy: 'cache-and-network',
  });
  const data = computed(() => result.data.value?.reportSideBySide ?? null);
  const government = computed(() => result.data.value?.agency ?? null);
  const header = computed(() => sideBySideHeader(data.value?.columns ?? []));
  const xlsxUrl = computed(() =>
    sideBySideXlsxUrl(props.code, yearNum.value, table.value, applicant.value, statuses.value),
  );
  const sumUrl = (format: 'xlsx' | 'docx' | 'pdf'): string =>
    sumDocumentUrl(props.code, yearNum.value, format, statuses.value);
  const reload = (): void => {
    void result.executeQuery({ requestPolicy: 'network-only' });
  };

  return { yearNum, table, applicant, statuses, choose, result, data, government, header, xlsxUrl, sumUrl, reload };
}
