/**
 * A department's register: the query with its filters (state, year — the address's `?state=&year=`), the search
 * typed (in the page), the counts per state, whether the signed-in user may register and edit cases (the
 * department's writers, as everywhere: canWriteAgency), and which case the drawer shows (`?case=`).
 */
import { computed, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@urql/vue';
import { ApplicationRegisterQuery } from './queries';
import { canWriteAgency } from '../../roles';
import { session } from '../../session';
import { searchCases } from './register';

const REGISTER_LIMIT = 1000;

export function useRegister(code: () => string) {
  const route = useRoute();
  const router = useRouter();
  const q = (k: string): string | null => (typeof route.query[k] === 'string' ? (route.query[k] as string) : null);

  const state = computed(() => q('state'));
  const year = computed(() => (q('year') ? Number(q('year')) : null));
  const search = ref('');

  const result = useQuery({
    query: ApplicationRegisterQuery,
    variables: () => ({
      code: code(),
      year: year.value,
      states: state.value ? [state.value] : null,
      limit: REGISTER_LIMIT,
    }),
    requestPolicy: 'cache-and-network',
  });
  const reload = (): void => {
    result.executeQuery({ requestPolicy: 'network-only' });
  };

  const current = computed(() => result.operation.value?.variables.code === code());
  const agency = computed(() => (current.value ? (result.data.value?.agency ?? null) : null));
  const register = computed(() => (current.value ? (result.data.value?.applicationRegister ?? null) : null));
  const cases = computed(() => searchCases(register.value?.cases ?? [], search.value));
  const error = computed(() => (!agency.value && !result.fetching.value ? (result.error.value ?? null) : null));
  const canWrite = computed(() => !!agency.value && canWriteAgency(session.me, agency.value));

  function setFilter(key: 'state' | 'year', value: string | number | null | undefined): void {
    const query = {
      ...route.query,
      [key]: value === null || value === undefined || value === '' ? undefined : String(value),
    };
    void router.replace({ query });
  }

  /** The drawer: `?case=<id>`, or `?case=new`. */
  const caseParam = computed(() => q('case'));
  const drawerOpen = computed({
    get: () => caseParam.value !== null,
    set: (v: boolean) => {
      if (!v) void router.replace({ query: { ...route.query, case: undefined } });
    },
  });
  const caseId = computed(() => (caseParam.value && caseParam.value !== 'new' ? caseParam.value : null));
  function openCase(id: string | null): void {
    void router.replace({ query: { ...route.query, case: id ?? 'new' } });
  }
  function onCaseChanged(c: { id: string } | null): void {
    reload();
    if (c && caseParam.value === 'new') openCase(c.id);
  }

  return {
    result,
    reload,
    agency,
    register,
    cases,
    error,
    canWrite,
    state,
    year,
    search,
    setFilter,
    drawerOpen,
    caseId,
    openCase,
    onCaseChanged,
    limit: REGISTER_LIMIT,
  };
}
