/**
 * The annual report page's state and actions: the query (the report, the agency, last year's report), the form as
 * typed (cells read with parseCellInput, the three text sections), the live rule results (checkReport with last
 * year's report while editable, else the server's), the computed totals, and 保存草稿 / 报送 with the server's
 * refusals (a cell named by BAD_USER_INPUT, CONFLICT, the rule results of a refused submission).
 */
import { computed, nextTick, reactive, ref, watch } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import {
  REPORT_FORMATS,
  checkReport,
  computedTotals,
  formatForYear,
  parseCellInput,
  type ReportData,
  type ReportFormat,
  type RuleResult,
} from '@gongkai/domain';
import { ReportPageQuery, SaveAnnualReportMutation, SubmitAnnualReportMutation } from '../../queries';
import type { AnnualReportFieldsFragment } from '../../gql/graphql';
import { session } from '../../session';
import { describeError, errorCode, type RequestError } from '../../errors';
import { canReviewReports, canSubmitReport, reportEditable } from '../../report-access';
import { groupUnfilled, resultsByCell, sortResults } from './report-layout';
import { isValidReportYear, submitRefusalOf, type ReportTab } from './data';
import { focusCell } from './useReportGrid';

export function useAnnualReport(props: { code: string; year: string }) {
  const yearNum = computed(() => Number(props.year));
  const validYear = computed(() => isValidReportYear(yearNum.value));

  const result = useQuery({
    query: ReportPageQuery,
    variables: () => ({ code: props.code, year: yearNum.value, lastYear: yearNum.value - 1 }),
    pause: () => !validYear.value,
    requestPolicy: 'network-only',
  });
  const reload = (): void => {
    result.executeQuery({ requestPolicy: 'network-only' });
  };

  const agency = computed(() => result.data.value?.agency ?? null);
  const report = ref<AnnualReportFieldsFragment | null>(null);
  const loaded = ref(false);
  const format = computed<ReportFormat>(
    () => (report.value?.format as ReportFormat | undefined) ?? formatForYear(yearNum.value),
  );
  const def = computed(() => REPORT_FORMATS[format.value]);
  const status = computed(() => report.value?.status ?? null);
  const activeTab = ref<ReportTab>('form');

  const me = computed(() => session.me);
  const editable = computed(() => !!agency.value && reportEditable(me.value, agency.value, status.value));
  const mayReview = computed(() => canReviewReports(me.value));
  const maySubmit = computed(() => !!agency.value && canSubmitReport(me.value, agency.value));

  // ---------------------------------------------------------------------------------------- the form state

  const texts = reactive<Record<string, string>>({});
  const sections = reactive({ overview: '', problems: '', other: '' });
  const dirty = ref(false);
  const serverErrors = reactive<Record<string, string>>({});

  function loadReport(r: AnnualReportFieldsFragment | null): void {
    report.value = r;
    for (const k of Object.keys(texts)) delete texts[k];
    for (const c of REPORT_FORMATS[(r?.format as ReportFormat | undefined) ?? formatForYear(yearNum.value)].cells)
      texts[c.id] = '';
    for (const c of r?.cells ?? []) texts[c.id] = c.value ?? '';
    sections.overview = r?.overview ?? '';
    sections.problems = r?.problems ?? '';
    sections.other = r?.other ?? '';
    for (const k of Object.keys(serverErrors)) delete serverErrors[k];
    dirty.value = false;
    loaded.value = true;
  }

  watch(
    () => result.data.value,
    (data) => {
      if (!data) return;
      if (
        dirty.value &&
        report.value &&
        data.annualReport?.id === report.value.id &&
        data.annualReport.version === report.value.version
      )
        return;
      loadReport(data.annualReport ?? null);
    },
    { immediate: true },
  );
  watch(
    () => [props.code, props.year],
    () => {
      loaded.value = false;
      report.value = null;
      activeTab.value = 'form';
    },
  );

  /** Each cell read with parseCellInput: its value, or the inline error. */
  const parsed = computed(() => {
    const values: Record<string, string | null> = {};
    const errors: Record<string, string> = {};
    for (const c of def.value.cells) {
      const text = texts[c.id] ?? '';
      const p = parseCellInput(c.kind, text);
      if (p.ok) values[c.id] = p.value;
      else {
        errors[c.id] = p.message;
        values[c.id] = text.trim();
      }
    }
    return { values, errors };
  });
  const cellErrors = computed(() => ({ ...parsed.value.errors, ...serverErrors }));
  const data = computed<ReportData>(() => ({
    format: format.value,
    year: yearNum.value,
    texts: { ...sections },
    cells: parsed.value.values,
  }));

  const lastYear = computed<ReportData | null>(() => {
    const p = result.data.value?.previous;
    if (!p) return null;
    const cells: Record<string, string | null> = {};
    for (const c of p.cells) cells[c.id] = c.value ?? null;
    return {
      format: p.format as ReportFormat,
      year: p.year,
      texts: { overview: p.overview, problems: p.problems, other: p.other },
      cells,
    };
  });

  /** Live rule results: as typed while editable, else the server's. */
  const liveResults = computed<RuleResult[]>(() => {
    if (editable.value) return checkReport(data.value, { lastYear: lastYear.value });
    return (report.value?.ruleResults ?? []) as RuleResult[];
  });
  const panelResults = computed(() => sortResults(groupUnfilled(liveResults.value)));
  const errorResults = computed(() => panelResults.value.filter((r) => r.severity === 'error'));
  const warningResults = computed(() => panelResults.value.filter((r) => r.severity === 'warning'));
  const submitBlocker = computed(() =>
    !maySubmit.value ? '只有本机关的部门审批人可以报送' : `还有 ${errorResults.value.length} 项错误，改正后才能报送`,
  );

  const marks = computed(() => {
    const m = new Map<string, 'error' | 'warning'>();
    const byCell = resultsByCell(liveResults.value.filter((r) => !(r.rule === 'R5' && r.message.includes('未填写'))));
    for (const [id, list] of byCell) m.set(id, list.some((r) => r.severity === 'error') ? 'error' : 'warning');
    return m;
  });

  const totals = computed<Record<string, string>>(() => {
    if (editable.value) return computedTotals(data.value);
    const out: Record<string, string> = {};
    for (const c of report.value?.computedTotals ?? [])
      if (c.value !== null && c.value !== undefined) out[c.id] = c.value;
    return out;
  });
  const displayValues = computed<Record<string, string>>(() => ({ ...texts }));

  /** The rule results concerning a text section (overview, problems, other). */
  const sectionErrors = (key: string): RuleResult[] => liveResults.value.filter((r) => r.cells.includes(key));

  function onInput(id: string, text: string): void {
    texts[id] = text;
    delete serverErrors[id];
    dirty.value = true;
  }

  // ------------------------------------------------------------------------------------- save and submit

  const saveMutation = useMutation(SaveAnnualReportMutation);
  const submitMutation = useMutation(SubmitAnnualReportMutation);
  const actionError = ref<string | null>(null);
  const submitRefusal = ref<{ message: string; results: Array<{ rule: string; message: string }> } | null>(null);

  function cellInput(): Array<{ id: string; value: string | null }> {
    return def.value.cells.map((c) => {
      const t = (texts[c.id] ?? '').trim();
      return { id: c.id, value: t === '' ? null : t };
    });
  }

  function applyServerCellError(error: RequestError): boolean {
    let any = false;
    for (const e of error.graphQLErrors) {
      const field = e.extensions?.['field'];
      if (e.extensions?.['code'] === 'BAD_USER_INPUT' && typeof field === 'string' && def.value.byId.has(field)) {
        serverErrors[field] = e.message;
        any = true;
        void nextTick(() => focusCell(field));
      }
    }
    return any;
  }

  async function save(quiet = false): Promise<boolean> {
    actionError.value = null;
    const res = await saveMutation.executeMutation({
      code: props.code,
      year: yearNum.value,
      input: { overview: sections.overview, problems: sections.problems, other: sections.other, cells: cellInput() },
      expectedVersion: report.value?.version ?? null,
    });
    if (res.error || !res.data) {
      if (res.error && applyServerCellError(res.error)) {
        actionError.value = `没有保存：${res.error.graphQLErrors.map((e) => e.message).join('；')}`;
      } else if (res.error && errorCode(res.error) === 'CONFLICT') {
        actionError.value = `没有保存：${res.error.graphQLErrors[0]?.message ?? '报告已被他人修改'}。请复制您的修改后刷新页面。`;
      } else {
        actionError.value = res.error ? describeError(res.error) : '保存失败';
      }
      return false;
    }
    loadReport(res.data.saveAnnualReport);
    if (!quiet) ElMessage.success('草稿已保存');
    return true;
  }

  async function submit(): Promise<void> {
    submitRefusal.value = null;
    if (dirty.value || !report.value) {
      if (!(await save(true))) return;
    }
    if (!report.value) return;
    try {
      await ElMessageBox.confirm(
        `报送后不能再修改，由政务公开办审核。确定报送 ${agency.value?.name ?? ''} ${yearNum.value} 年度报告？`,
        '报送年度报告',
        {
          confirmButtonText: '报送',
          cancelButtonText: '取消',
          type: 'warning',
        },
      );
    } catch {
      return;
    }
    const res = await submitMutation.executeMutation({ id: report.value.id });
    if (res.error || !res.data) {
      submitRefusal.value = submitRefusalOf(res.error);
      return;
    }
    loadReport(res.data.submitAnnualReport);
    ElMessage.success('已报送');
  }

  return {
    yearNum,
    validYear,
    result,
    reload,
    agency,
    report,
    loaded,
    format,
    def,
    status,
    activeTab,
    me,
    editable,
    mayReview,
    maySubmit,
    texts,
    sections,
    dirty,
    loadReport,
    cellErrors,
    data,
    lastYear,
    liveResults,
    panelResults,
    errorResults,
    warningResults,
    submitBlocker,
    marks,
    totals,
    displayValues,
    sectionErrors,
    onInput,
    saveMutation,
    submitMutation,
    actionError,
    submitRefusal,
    save,
    submit,
  };
}

export type AnnualReportState = ReturnType<typeof useAnnualReport>;
