/**
 * The 审计日志 page's state: the filters and page (kept in the address), the log query, and the CSV export of
 * the filtered log (the server writes it — UTF-8 with BOM — and the browser saves it).
 */
import { computed, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@urql/vue';
import { ElMessage } from 'element-plus';
import { client } from '../../client';
import { describeError } from '../../errors';
import { AgencyOptionsQuery, AuditLogCsvQuery, AuditLogQuery } from '../../queries';
import type { AuditLogQuery as AuditLogResult } from '../../gql/graphql';
import { session } from '../../session';
import { formatDate } from '../../dates';
import {
  EMPTY_FILTERS,
  csvFileName,
  filterVariables,
  hasFilters,
  queryFromState,
  stateFromQuery,
  type AuditFilters,
} from './audit-filters';
import type { NameOf } from './audit-details';

export type AuditEntry = AuditLogResult['auditLog']['entries'][number];

/** Today in the browser's time zone, YYYY-MM-DD. */
function today(): string {
  return formatDate(new Date());
}

/** Saves text as a file (a link to a blob, clicked). */
function saveFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useAuditLog() {
  const route = useRoute();
  const router = useRouter();
  const initial = stateFromQuery(route.query);
  const filters = ref<AuditFilters>({ ...initial.filters });
  const page = ref(initial.page);
  const pageSize = ref(initial.pageSize);

  watch([filters, pageSize], () => (page.value = 1), { deep: true });
  watch(
    [filters, page, pageSize],
    () => void router.replace({ query: queryFromState(filters.value, page.value, pageSize.value) }),
    { deep: true },
  );

  const log = useQuery({
    query: AuditLogQuery,
    variables: () => ({
      ...filterVariables(filters.value),
      limit: pageSize.value,
      offset: (page.value - 1) * pageSize.value,
    }),
  });

  // Agency ids in an entry's details are shown by name (the list the agency filter loads anyway).
  const agencies = useQuery({ query: AgencyOptionsQuery });
  const agencyNames = computed(() => new Map((agencies.data.value?.agencies ?? []).map((a) => [a.id, a.name])));
  const nameOf: NameOf = (key, value) => (key === 'agencyId' ? agencyNames.value.get(value) : undefined);

  const entries = computed<AuditEntry[]>(() => log.data.value?.auditLog.entries ?? []);
  const total = computed(() => log.data.value?.auditLog.total ?? 0);
  const filtered = computed(() => hasFilters(filters.value));
  const scopeNote = computed(() =>
    session.me?.roles.includes('PLATFORM_ADMIN')
      ? '平台管理员可查看全部机关的记录。'
      : '政务公开办审核员可查看本级政府各机关的记录。',
  );

  function apply(next: AuditFilters): void {
    filters.value = { ...next };
  }

  function reset(): void {
    filters.value = { ...EMPTY_FILTERS };
  }

  function reload(): void {
    log.executeQuery({ requestPolicy: 'network-only' });
  }

  const exporting = ref(false);
  async function exportCsv(): Promise<void> {
    exporting.value = true;
    try {
      const r = await client.value
        .query(AuditLogCsvQuery, filterVariables(filters.value), { requestPolicy: 'network-only' })
        .toPromise();
      if (r.error || !r.data) {
        ElMessage.error(`导出失败：${r.error ? describeError(r.error) : '没有数据'}`);
        return;
      }
      saveFile(r.data.auditLogCsv, csvFileName(filters.value, today()), 'text/csv;charset=utf-8');
      ElMessage.success(`已导出 ${total.value} 条记录`);
    } finally {
      exporting.value = false;
    }
  }

  return {
    filters,
    page,
    pageSize,
    log,
    entries,
    total,
    filtered,
    scopeNote,
    apply,
    reset,
    reload,
    exporting,
    exportCsv,
    nameOf,
  };
}
