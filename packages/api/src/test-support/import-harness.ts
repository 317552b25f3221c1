/**
 * The set-up every catalogue-import test file (../intake/*.test.ts) shares: one API harness with demo data for the
 * file, closed after it; the token of 根河市司法局's editor (`h.editor`); and, unless told otherwise, that agency's
 * drafts deleted after each test (an import makes one; a second would be refused).
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness.js';

export const IMPORT_AGENCY = '150785-sfj';

export interface ImportHarness extends ApiHarness {
  /** The session token of sfj-editor, who imports 司法局's catalogues. */
  readonly editor: string;
}

/**
 * Registers the hooks and returns the harness: usable from the file's own beforeAll (registered after this call) and
 * in its tests. `draftsOf: null` keeps drafts between tests.
 */
export function useImportHarness(options: { draftsOf?: string | null } = {}): ImportHarness {
  const draftsOf = options.draftsOf === undefined ? IMPORT_AGENCY : options.draftsOf;
  let harness: ApiHarness | undefined;
  let editor: string | undefined;
  beforeAll(async () => {
    harness = await createApiHarness();
    editor = await harness.tokenFor('sfj-editor');
  });
  if (draftsOf) afterEach(() => harness!.deleteDrafts(draftsOf, editor!));
  afterAll(async () => harness?.close());
  return new Proxy({} as ImportHarness, {
    get(_, key) {
      if (!harness) throw new Error('useImportHarness: the harness exists only from beforeAll on');
      if (key === 'editor') return editor;
      const value = Reflect.get(harness, key);
      return typeof value === 'function' ? value.bind(harness) : value;
    },
  });
}
