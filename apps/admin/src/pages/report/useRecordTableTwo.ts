/**
 * Table 二 from the department's 主动公开 records (issue 16) on the report page: the computed cells (recordTableTwo),
 * the typed cells that differ from them (live, as typed: the domain's tableTwoDifferences over the form's values), and
 * 「从公开记录填入表二」 (fillTableTwoFromRecords — saves unsaved changes first, then loads the filled report).
 */
import { computed, ref } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import { tableTwoDifferences } from '@gongkai/domain';
import { describeError } from '../../errors';
import { FillTableTwoMutation, RecordTableTwoQuery } from '../records/summary-queries';
import type { ReportPageContext } from './report-context';

/** Table 二 from records exists for the 2021 format only. */
export const FIRST_RECORD_YEAR = 2021;

export function useRecordTableTwo(page: ReportPageContext, code: () => string) {
  const applies = computed(() => page.validYear && page.yearNum >= FIRST_RECORD_YEAR && !!page.agency);
  const query = useQuery({
    query: RecordTableTwoQuery,
    variables: () => ({ code: code(), year: page.yearNum }),
    pause: () => !applies.value,
    requestPolicy: 'cache-and-network',
  });
  const cells = computed(() => query.data.value?.recordTableTwo.cells ?? []);
  const differences = computed(() => tableTwoDifferences(cells.value, page.data.cells));
  const basis = computed(() => new Map(cells.value.map((c) => [c.id, c.basis])));
  const error = ref<string | null>(null);
  const fill = useMutation(FillTableTwoMutation);

  async function fillFromRecords(): Promise<void> {
    error.value = null;
    if (page.dirty) {
      try {
        await ElMessageBox.confirm('先保存当前的修改，再用公开记录的计算值填写表二？', '从公开记录填入表二', {
          confirmButtonText: '保存并填入',
          cancelButtonText: '取消',
          type: 'info',
        });
      } catch {
        return;
      }
      if (!(await page.save(true))) return;
    }
    const res = await fill.executeMutation({ code: code(), year: page.yearNum });
    if (res.error || !res.data) {
      error.value = res.error ? describeError(res.error) : '填入失败';
      return;
    }
    page.loadReport(res.data.fillTableTwoFromRecords.report);
    query.executeQuery({ requestPolicy: 'network-only' });
    const n = res.data.fillTableTwoFromRecords.changed.length;
    ElMessage.success(n > 0 ? `已填入表二的 ${n} 个单元格` : '表二已与公开记录的计算值一致');
  }

  return { applies, query, cells, differences, basis, error, fill, fillFromRecords };
}
