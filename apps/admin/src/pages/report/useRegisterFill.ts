/**
 * Tables 三 and 四 from the 依申请公开 register on the report page: 「从依申请公开登记填入表三、表四」 (the API's
 * fillReportFromRegister — only while the report is a draft or returned, the server decides), the flag beside a cell
 * whose typed value differs from the register's (live, as typed), 「显示登记来源」 to mark every register cell, and
 * the cases a cell counts (one click on its flag).
 */
import { computed, ref } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import { CellCasesQuery, FillReportFromRegisterMutation, ReportRegisterQuery } from '../applications/queries';
import { describeError } from '../../errors';
import { cellCaseRows, registerMarks } from './register-marks';
import type { AnnualReportState } from './useAnnualReport';

type Parts = Pick<AnnualReportState, 'agency' | 'report' | 'editable' | 'dirty' | 'data' | 'loadReport' | 'yearNum'>;

export function useRegisterFill(props: { code: string }, state: Parts) {
  const tables = useQuery({
    query: ReportRegisterQuery,
    variables: () => ({ code: props.code, year: state.yearNum.value }),
    pause: () => !state.agency.value,
    requestPolicy: 'network-only',
  });
  const registerCells = computed(() => {
    const t = tables.data.value?.applicationTables;
    return t ? [...t.applications, ...t.reviewLitigation] : [];
  });
  const showRegisterSources = ref(false);
  const registerMarksById = computed(() =>
    registerMarks(state.data.value.cells, registerCells.value, showRegisterSources.value),
  );
  const registerDiffCount = computed(() => Object.values(registerMarksById.value).filter((m) => m.differs).length);

  const fill = useMutation(FillReportFromRegisterMutation);
  const fillError = ref<string | null>(null);

  async function fillFromRegister(): Promise<void> {
    fillError.value = null;
    try {
      await ElMessageBox.confirm(
        `表三、表四的数字将按依申请公开登记重新计算并覆盖${state.dirty.value ? '（未保存的修改将丢失）' : ''}。继续？`,
        '从依申请公开登记填入',
        { confirmButtonText: '填入', cancelButtonText: '取消', type: 'warning' },
      );
    } catch {
      return;
    }
    const res = await fill.executeMutation({
      code: props.code,
      year: state.yearNum.value,
      expectedVersion: state.report.value?.version ?? null,
    });
    if (res.error || !res.data) {
      fillError.value = res.error ? describeError(res.error) : '填入失败';
      return;
    }
    state.loadReport(res.data.fillReportFromRegister);
    tables.executeQuery({ requestPolicy: 'network-only' });
    ElMessage.success('已从登记填入表三、表四');
  }

  // ------------------------------------------------------------------ the cases a cell counts
  const sourceCell = ref<string | null>(null);
  const cellCases = useQuery({
    query: CellCasesQuery,
    variables: () => ({ code: props.code, year: state.yearNum.value }),
    pause: () => sourceCell.value === null,
  });
  const sourceRows = computed(() => {
    const id = sourceCell.value;
    const cell = registerCells.value.find((c) => c.id === id);
    if (!cell) return [];
    return cellCaseRows(cell.caseIds, cellCases.data.value?.applicationRegister.cases ?? []);
  });
  function showCellCases(id: string): void {
    sourceCell.value = id;
  }

  return {
    registerTables: tables,
    registerCells,
    showRegisterSources,
    registerMarksById,
    registerDiffCount,
    fillFromRegister,
    fillMutation: fill,
    fillError,
    sourceCell,
    sourceRows,
    cellCasesFetching: cellCases.fetching,
    showCellCases,
  };
}
