/**
 * The register's Excel import: read the chosen file, a dry run (the server guesses the mapping from the header and
 * checks every row), the mapping changed by the user and checked again, then the import — all or nothing.
 */
import { computed, ref } from 'vue';
import { useMutation } from '@urql/vue';
import { ImportApplicationCasesMutation } from './queries';
import type { ImportApplicationCasesMutation as ImportResult } from '../../gql/graphql';
import { bytesToBase64 } from '../../base64';
import { describeError } from '../../errors';
import { intakeFileProblem, mappingInput, mappingRows } from './intake';

export function useCaseImport(agencyCode: () => string) {
  const file = ref<{ name: string; base64: string } | null>(null);
  const preview = ref<ImportResult['importApplicationCases'] | null>(null);
  const mapping = ref<Array<{ field: string; label: string; column: number | null }>>([]);
  const error = ref<string | null>(null);
  const created = ref<number | null>(null);
  const m = useMutation(ImportApplicationCasesMutation);

  function reset(): void {
    file.value = null;
    preview.value = null;
    mapping.value = [];
    error.value = null;
    created.value = null;
  }

  async function run(dryRun: boolean, withMapping: boolean): Promise<void> {
    if (!file.value) return;
    error.value = null;
    const res = await m.executeMutation({
      code: agencyCode(),
      fileName: file.value.name,
      contentBase64: file.value.base64,
      mapping: withMapping ? mappingInput(mapping.value) : null,
      dryRun,
    });
    if (res.error || !res.data) {
      error.value = res.error ? describeError(res.error) : '导入失败';
      return;
    }
    const r = res.data.importApplicationCases;
    preview.value = r;
    if (!withMapping || dryRun) mapping.value = mappingRows(r.mapping);
    if (!dryRun) created.value = r.created;
  }

  async function choose(f: File): Promise<void> {
    reset();
    const problem = intakeFileProblem(f);
    if (problem) {
      error.value = problem;
      return;
    }
    file.value = { name: f.name, base64: bytesToBase64(new Uint8Array(await f.arrayBuffer())) };
    await run(true, false);
  }

  const badRows = computed(() => preview.value?.rows.filter((r) => !r.ok) ?? []);
  const canImport = computed(() => !!preview.value && preview.value.rows.length > 0 && badRows.value.length === 0);

  return {
    file,
    preview,
    mapping,
    error,
    created,
    badRows,
    canImport,
    busy: m.fetching,
    reset,
    choose,
    recheck: () => run(true, true),
    importNow: () => run(false, true),
  };
}
