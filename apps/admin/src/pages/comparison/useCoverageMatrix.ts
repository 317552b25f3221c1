/**
 * 目录覆盖矩阵's state and actions: the government and its standard catalogues (the one asked for in the address,
 * else the first with a published version), the version compared, the matrix of its departments, the filters and
 * sort, the rows opened to their findings, and where a cell or a department leads (the pairwise comparison).
 */
import { computed, reactive, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@urql/vue';
import { ElMessage } from 'element-plus';
import { CoverageMatrixQuery, CoverageSetupQuery } from '../../queries';
import { latestPublished, sortVersions } from '../../versions';
import {
  columnGroups,
  comparePath,
  coverageExportUrl,
  filterMatrixRows,
  matrixSummary,
  sortMatrixRows,
  visibleColumnIndices,
  type MatrixSort,
} from '../../coverage';
import type { CoverageColumn, CoverageRow, CoverageStandard } from './data';

export function useCoverageMatrix(props: { readonly code: string }) {
  const route = useRoute();
  const router = useRouter();

  // ---------------------------------------------------------------------------------- government, standard

  const setup = useQuery({
    query: CoverageSetupQuery,
    variables: () => ({ code: props.code }),
    requestPolicy: 'cache-and-network',
  });
  const setupCurrent = computed(() => setup.operation.value?.variables.code === props.code);
  const government = computed(() => (setupCurrent.value ? (setup.data.value?.agency ?? null) : null));
  const setupFailed = computed(
    () => setupCurrent.value && !government.value && !setup.fetching.value && !!setup.error.value,
  );
  const governments = computed(() => (setup.data.value?.agencies ?? []).filter((a) => a.kind === 'GOVERNMENT'));

  const standards = computed<CoverageStandard[]>(() =>
    (government.value?.children ?? []).filter((a) => a.kind === 'STANDARD'),
  );

  const queryString = (key: string): string | null =>
    typeof route.query[key] === 'string' ? (route.query[key] as string) : null;

  /** The standard asked for in the address, else the first one with a published version, else the first. */
  const standard = computed<CoverageStandard | null>(() => {
    const asked = queryString('standard');
    return (
      standards.value.find((s) => s.code === asked) ??
      standards.value.find((s) => latestPublished(s.catalogues) !== null) ??
      standards.value[0] ??
      null
    );
  });
  const standardVersions = computed(() => sortVersions(standard.value?.catalogues ?? []));
  /** The version compared: the one asked for, else the standard's newest published version (else its draft). */
  const template = computed(() => {
    const asked = queryString('v');
    return (
      standardVersions.value.find((v) => v.id === asked) ??
      latestPublished(standardVersions.value) ??
      standardVersions.value[0] ??
      null
    );
  });

  function chooseStandard(code: string): void {
    void router.replace({ query: { standard: code } });
  }

  function chooseVersion(id: string): void {
    void router.replace({ query: { ...route.query, v: id } });
  }

  function chooseGovernment(code: string): void {
    void router.push({ path: `/governments/${code}/coverage` });
  }

  // ---------------------------------------------------------------------------------------------- matrix

  const matrixQuery = useQuery({
    query: CoverageMatrixQuery,
    variables: () => ({ templateId: template.value?.id ?? '', governmentCode: props.code }),
    pause: () => !template.value,
    requestPolicy: 'cache-and-network',
  });
  const matrix = computed(() => {
    const v = matrixQuery.operation.value?.variables;
    return template.value && v?.templateId === template.value.id && v.governmentCode === props.code
      ? (matrixQuery.data.value?.coverageMatrix ?? null)
      : null;
  });
  const matrixFailed = computed(
    () => !!template.value && !matrix.value && !matrixQuery.fetching.value && !!matrixQuery.error.value,
  );

  const filters = reactive({ search: '', mandatoryOnly: false, problemsOnly: false, sort: 'score-asc' as MatrixSort });
  const columns = computed<CoverageColumn[]>(() => matrix.value?.columns ?? []);
  const indices = computed(() => visibleColumnIndices(columns.value, filters.mandatoryOnly));
  const groups = computed(() => columnGroups(columns.value, indices.value));
  const allRows = computed<CoverageRow[]>(() => matrix.value?.rows ?? []);
  const rows = computed(() => sortMatrixRows(filterMatrixRows(allRows.value, filters, indices.value), filters.sort));
  const summary = computed(() => matrixSummary(allRows.value, columns.value));
  const exportHref = computed(() =>
    template.value ? coverageExportUrl(template.value.id, { government: props.code }) : '',
  );
  const fetching = computed(() => setup.fetching.value || matrixQuery.fetching.value);

  const expanded = ref<Set<string>>(new Set());
  function toggle(row: CoverageRow): void {
    const next = new Set(expanded.value);
    if (next.has(row.agency.id)) next.delete(row.agency.id);
    else next.add(row.agency.id);
    expanded.value = next;
  }

  watch(
    () => props.code,
    () => {
      expanded.value = new Set();
      filters.search = '';
    },
  );

  function reload(): void {
    setup.executeQuery({ requestPolicy: 'network-only' });
    if (template.value) matrixQuery.executeQuery({ requestPolicy: 'network-only' });
  }

  // --------------------------------------------------------------------------------------- navigation

  function openCell(row: CoverageRow, columnIndex: number): void {
    if (!template.value) return;
    if (!row.catalogueId) {
      ElMessage.info(`${row.agency.name}还没有已发布的主动公开目录，无法逐项比较`);
      return;
    }
    void router.push(comparePath(template.value.id, row.catalogueId, columns.value[columnIndex]?.path));
  }

  function compareLink(row: CoverageRow): ReturnType<typeof comparePath> | null {
    return template.value && row.catalogueId ? comparePath(template.value.id, row.catalogueId) : null;
  }

  return {
    setup,
    setupFailed,
    government,
    governments,
    standards,
    standard,
    standardVersions,
    template,
    chooseStandard,
    chooseVersion,
    chooseGovernment,
    matrixQuery,
    matrix,
    matrixFailed,
    filters,
    columns,
    indices,
    groups,
    allRows,
    rows,
    summary,
    exportHref,
    fetching,
    expanded,
    toggle,
    reload,
    openCell,
    compareLink,
  };
}
