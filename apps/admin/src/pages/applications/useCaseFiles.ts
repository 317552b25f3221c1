/**
 * The case's attachments (the reply letter, 答复书): listed for the agency's own users, uploaded and deleted through
 * the shared stored-file flow (composables/useStoredFileUpload.ts: the server's checks made first in the browser).
 * Downloads are plain links to the server's GET /files/<id> (the session cookie goes with them).
 */
import { computed } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { ApplicationFilesQuery, AttachApplicationFileMutation, DeleteApplicationFileMutation } from './queries';
import { useStoredFileUpload } from '../../composables/useStoredFileUpload';

export function useCaseFiles(opts: { caseId: () => string | null; visible: () => boolean }) {
  const query = useQuery({
    query: ApplicationFilesQuery,
    variables: () => ({ caseId: opts.caseId() ?? '' }),
    pause: () => !opts.caseId() || !opts.visible(),
    requestPolicy: 'network-only',
  });
  const files = computed(() => query.data.value?.applicationFiles ?? []);
  const attach = useMutation(AttachApplicationFileMutation);
  const del = useMutation(DeleteApplicationFileMutation);
  const { error, upload, remove } = useStoredFileUpload({
    ownerId: opts.caseId,
    attach: (caseId, fileName, contentBase64) => attach.executeMutation({ caseId, fileName, contentBase64 }),
    attachedName: (data) => data.attachApplicationFile.fileName,
    remove: (caseId, fileId) => del.executeMutation({ caseId, fileId }),
    reload: () => query.executeQuery({ requestPolicy: 'network-only' }),
  });
  return { query, files, error, uploading: attach.fetching, upload, remove };
}
