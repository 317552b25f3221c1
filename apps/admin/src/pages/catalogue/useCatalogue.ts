/**
 * The catalogue page's data: the agency with its versions (the version in the address `?v=`, else the default),
 * the selected version's items and findings, the table rows, and what the signed-in user may do with them.
 */
import { computed, watchEffect } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@urql/vue';
import { CatalogueDetailQuery, CataloguePageQuery } from '../../queries';
import { buildCatalogueRows, countCatalogue, hasLevel3 } from './catalogue-table';
import { channelColumns } from './channels';
import { client } from '../../client';
import { describeError, errorCode, isNotFound } from '../../errors';
import { APP_TITLE } from '../../router';
import { canCompareCatalogues, canPublishAgency, canWriteAgency } from '../../roles';
import { session } from '../../session';
import { draftVersion, latestPublished, selectVersionId, sortVersions } from '../../versions';
import { sortFindings } from './catalogue-page';
import type { CatalogueDetail, Finding, Row, Version } from './data';

export function useCatalogue(code: () => string, hooks: { reloadHistory: () => void }) {
  const route = useRoute();
  const router = useRouter();
  const result = useQuery({ query: CataloguePageQuery, variables: () => ({ code: code() }) });

  /**
   * Whether the result is for the agency in the address: after navigating to another agency, urql keeps the
   * previous agency's result until the new one arrives, and that must not be shown under the new address.
   */
  const current = computed(() => result.operation.value?.variables.code === code());
  const agency = computed(() => (current.value ? (result.data.value?.agency ?? null) : null));
  const failed = computed(() => current.value && !agency.value && !result.fetching.value && !!result.error.value);
  const notFound = computed(() => failed.value && isNotFound(result.error.value));
  /** A signed-in user asked for an agency outside their scope (a department user: another department). */
  const forbidden = computed(() => failed.value && errorCode(result.error.value) === 'FORBIDDEN');

  // ---------------------------------------------------------------------------------------- versions

  const versions = computed<Version[]>(() => sortVersions(agency.value?.catalogues ?? []));
  const requestedId = computed(() => (typeof route.query['v'] === 'string' ? route.query['v'] : null));
  const selectedId = computed(() => selectVersionId(versions.value, requestedId.value));
  const selectedVersion = computed(() => versions.value.find((v) => v.id === selectedId.value) ?? null);
  const draft = computed(() => draftVersion(versions.value));
  const published = computed(() => latestPublished(versions.value));
  const otherVersions = computed(() => versions.value.filter((v) => v.id !== selectedId.value));

  function selectVersion(id: string): void {
    void router.replace({ query: { ...route.query, v: id } });
  }

  const detail = useQuery({
    query: CatalogueDetailQuery,
    variables: () => ({ id: selectedId.value ?? '' }),
    pause: () => !selectedId.value,
  });
  const catalogue = computed<CatalogueDetail | null>(() =>
    selectedId.value && detail.operation.value?.variables.id === selectedId.value
      ? (detail.data.value?.catalogue ?? null)
      : null,
  );
  const catalogueFailed = computed(
    () => !!selectedId.value && !catalogue.value && !detail.fetching.value && !!detail.error.value,
  );
  /** A refresh that failed while the page still shows the earlier result. */
  const refreshError = computed(() => {
    if (agency.value && result.error.value) return describeError(result.error.value);
    if (catalogue.value && detail.error.value) return describeError(detail.error.value);
    return null;
  });
  const fetching = computed(() => result.fetching.value || detail.fetching.value);

  // ---------------------------------------------------------------------------------------- table

  const rows = computed<Row[]>(() => buildCatalogueRows(catalogue.value?.items ?? []));
  const counts = computed(() => countCatalogue(catalogue.value?.items ?? []));
  const channels = computed(() => channelColumns(result.data.value?.channelOptions ?? []));
  const showLevel3 = computed(() => hasLevel3(rows.value));
  const showLegalBasis = computed(() => rows.value.some((r) => (r.requirement?.legalBasis.length ?? 0) > 0));
  const showExtraChannels = computed(() => rows.value.some((r) => (r.requirement?.extraChannels.length ?? 0) > 0));
  const rowsWithProblems = computed(() => rows.value.filter((r) => (r.requirement?.problems.length ?? 0) > 0).length);
  const findings = computed<Finding[]>(() => sortFindings(catalogue.value?.findings ?? []));

  // ---------------------------------------------------------------------------------------- permissions

  /** Anonymous visitors see published catalogues without their import findings. */
  const signedIn = computed(() => session.me !== null);
  const canWrite = computed(() => !!agency.value && canWriteAgency(session.me, agency.value));
  const isDraft = computed(() => catalogue.value?.status === 'DRAFT');
  /** The table on screen can be edited: a draft of an agency the user may write. */
  const editable = computed(() => canWrite.value && isDraft.value);
  const canPublish = computed(() => !!agency.value && isDraft.value && canPublishAgency(session.me, agency.value));
  const canCreateDraft = computed(() => canWrite.value && !draft.value && !!published.value);
  const isStandard = computed(() => agency.value?.kind === 'STANDARD');
  /** The coverage matrix of this standard (the office's page). */
  const matrixLink = computed(() =>
    isStandard.value && agency.value?.parent && canCompareCatalogues(session.me)
      ? {
          path: `/governments/${agency.value.parent.code}/coverage`,
          query: { standard: agency.value.code, ...(selectedId.value ? { v: selectedId.value } : {}) },
        }
      : null,
  );

  watchEffect(() => {
    if (agency.value && agency.value.code === code()) {
      const v = catalogue.value ? `（${catalogue.value.versionLabel}）` : '';
      document.title = `${catalogue.value?.title ?? agency.value.name}${v} - ${APP_TITLE}`;
    } else if (notFound.value) {
      document.title = `未找到该机关 - ${APP_TITLE}`;
    }
  });

  // ---------------------------------------------------------------------------------------- reloading

  function reloadAgency(): void {
    result.executeQuery({ requestPolicy: 'network-only' });
  }

  function reloadDetail(): void {
    if (selectedId.value) detail.executeQuery({ requestPolicy: 'network-only' });
    hooks.reloadHistory();
  }

  function reload(): void {
    reloadAgency();
    reloadDetail();
  }

  /** The catalogue again from the server (the table follows: urql shares the result with the page's query). */
  async function fetchDetail(): Promise<CatalogueDetail | null> {
    if (!selectedId.value) return null;
    const r = await client.value
      .query(CatalogueDetailQuery, { id: selectedId.value }, { requestPolicy: 'network-only' })
      .toPromise();
    return r.data?.catalogue ?? null;
  }

  return {
    result,
    detail,
    agency,
    failed,
    notFound,
    forbidden,
    versions,
    selectedId,
    selectedVersion,
    draft,
    published,
    otherVersions,
    selectVersion,
    catalogue,
    catalogueFailed,
    refreshError,
    fetching,
    rows,
    counts,
    channels,
    showLevel3,
    showLegalBasis,
    showExtraChannels,
    rowsWithProblems,
    findings,
    signedIn,
    canWrite,
    canImport: canWrite,
    editable,
    canPublish,
    canCreateDraft,
    isStandard,
    matrixLink,
    reloadAgency,
    reloadDetail,
    reloadHistory: hooks.reloadHistory,
    reload,
    fetchDetail,
  };
}

export type CatalogueState = ReturnType<typeof useCatalogue>;
