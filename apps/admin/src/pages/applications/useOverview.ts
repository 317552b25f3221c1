/**
 * The office's overview of its government's registers: per department the open, 即将到期 and overdue counts, the
 * overdue list (no personal data, no subject — the API gives none), and the statistics of a year per department.
 */
import { computed, ref } from 'vue';
import { useQuery } from '@urql/vue';
import { ApplicationOverviewQuery, ApplicationStatisticsQuery } from './queries';

export function useOverview(code: () => string) {
  const result = useQuery({
    query: ApplicationOverviewQuery,
    variables: () => ({ code: code() }),
    requestPolicy: 'cache-and-network',
  });
  const reload = (): void => {
    result.executeQuery({ requestPolicy: 'network-only' });
  };
  const current = computed(() => result.operation.value?.variables.code === code());
  const agency = computed(() => (current.value ? (result.data.value?.agency ?? null) : null));
  const overview = computed(() => (current.value ? (result.data.value?.applicationOverview ?? null) : null));
  const error = computed(() => (!overview.value && !result.fetching.value ? (result.error.value ?? null) : null));

  /** Departments with something open first, then by name (the server's order within). */
  const departments = computed(() =>
    [...(overview.value?.departments ?? [])].sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon),
  );
  const totals = computed(() =>
    departments.value.reduce(
      (t, d) => ({ open: t.open + d.open, dueSoon: t.dueSoon + d.dueSoon, overdue: t.overdue + d.overdue }),
      { open: 0, dueSoon: 0, overdue: 0 },
    ),
  );

  const year = ref(new Date().getFullYear());
  const codes = computed(() => (overview.value?.departments ?? []).map((d) => d.agencyCode));
  const stats = useQuery({
    query: ApplicationStatisticsQuery,
    variables: () => ({ codes: codes.value, year: year.value }),
    pause: () => codes.value.length === 0,
  });
  const statistics = computed(() => stats.data.value?.applicationStatistics ?? []);

  return { result, reload, agency, overview, error, departments, totals, year, stats, statistics };
}
