/**
 * Importing into the report page: a report exported as JSON (导入 JSON, while the report is editable; a file of
 * another year opens that year), and 「导入已发布年报」 — past published reports recorded as printed — for whoever
 * canImportPublished allows, while the year has no report or only one recorded as printed.
 */
import { computed, ref } from 'vue';
import { useRouter } from 'vue-router';
import { useMutation } from '@urql/vue';
import { ElMessage } from 'element-plus';
import { ImportAnnualReportMutation } from '../../queries';
import { describeError } from '../../errors';
import { canImportPublished } from './published-report-import';
import type { AnnualReportState } from './useAnnualReport';

export function useReportImport(
  props: { code: string },
  state: Pick<AnnualReportState, 'agency' | 'report' | 'me' | 'yearNum' | 'reload'>,
) {
  const router = useRouter();
  const importMutation = useMutation(ImportAnnualReportMutation);
  const importError = ref<string | null>(null);

  async function importJsonFile(file: File): Promise<void> {
    importError.value = null;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      importError.value = `「${file.name}」不是有效的 JSON 文件`;
      return;
    }
    const res = await importMutation.executeMutation({ code: props.code, json });
    if (res.error || !res.data) {
      importError.value = res.error
        ? `导入失败：${res.error.graphQLErrors.map((g) => g.message).join('；') || describeError(res.error)}`
        : '导入失败';
      return;
    }
    const y = res.data.importAnnualReport.year;
    ElMessage.success(`已导入 ${y} 年度报告`);
    if (y !== state.yearNum.value) await router.push(`/agencies/${props.code}/reports/${y}`);
    else state.reload();
  }

  const publishedDialog = ref(false);
  const mayImportPublished = computed(
    () =>
      !!state.agency.value &&
      canImportPublished(state.me.value, state.agency.value.id) &&
      (!state.report.value || state.report.value.importedAsPrinted),
  );
  function onPublishedImported(v: { years: number[] }): void {
    if (v.years.includes(state.yearNum.value)) state.reload();
  }

  return { importError, importJsonFile, publishedDialog, mayImportPublished, onPublishedImported };
}
