/**
 * The import's guard rails as the admin app shows them (issue 12, item 4): the server's 「another agency's
 * catalogue」 refusal turned into a question, what the import dialog says about an open draft, and deleting a draft
 * (its confirmation, the version shown afterwards). Pure.
 */
import { sortVersions, type VersionLike } from './versions';

interface ErrorLike {
  graphQLErrors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> | null }>;
}

/**
 * The server's refusal of a file that names another agency (`reason: 'AGENCY_MISMATCH'`): its message (the question
 * to ask) and the agency the file names; null for any other error.
 */
export function agencyMismatchOf(error: ErrorLike | null | undefined): { message: string; namedAgency: string } | null {
  const first = error?.graphQLErrors?.[0];
  const ext = first?.extensions;
  if (!first || !ext || ext['code'] !== 'BAD_USER_INPUT' || ext['reason'] !== 'AGENCY_MISMATCH') return null;
  const named = ext['namedAgency'];
  return { message: first.message, namedAgency: typeof named === 'string' ? named : '' };
}

/** What the import dialog says about the agency's open draft: the server refuses a new import while it exists. */
export function openDraftNotice(draft: { title: string; versionLabel: string }): {
  title: string;
  description: string;
} {
  return {
    title: `本机关已有草稿「${draft.versionLabel}」，不能再导入`,
    description: `每个机关同时只能有一份草稿：请先发布或删除草稿「${draft.title}」（${draft.versionLabel}）后再导入。若只是修改几处，请直接在现有草稿上编辑。`,
  };
}

/** The confirmation before 删除草稿, naming the version. */
export function deleteDraftConfirmation(draft: { title: string; versionLabel: string }): {
  title: string;
  message: string;
} {
  return {
    title: `删除草稿「${draft.versionLabel}」`,
    message: `删除「${draft.title}」的草稿「${draft.versionLabel}」及其全部事项、公开要求和导入问题。已发布的版本不受影响。此操作不能撤销。`,
  };
}

/** The version to show after deleting one: the newest that remains, or null when none does. */
export function versionAfterDeletion<V extends VersionLike>(versions: readonly V[], deletedId: string): V | null {
  return sortVersions(versions.filter((v) => v.id !== deletedId))[0] ?? null;
}
