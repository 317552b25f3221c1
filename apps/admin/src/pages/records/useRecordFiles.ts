/**
 * A publication record's attachments in its form: listed, uploaded and deleted through the shared stored-file flow
 * (composables/useStoredFileUpload.ts), with the limit of files per record checked first (record-files.ts).
 * Downloads are plain links to GET /files/<id>.
 */
import { computed } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { AttachRecordFileMutation, DeleteRecordFileMutation, RecordFilesQuery } from './records-queries';
import { recordFileRefusalBeforeReading } from './record-files';
import { useStoredFileUpload } from '../../composables/useStoredFileUpload';
import { describeError } from '../../errors';

export function useRecordFiles(opts: { recordId: () => string | null }) {
  const query = useQuery({
    query: RecordFilesQuery,
    variables: () => ({ recordId: opts.recordId() ?? '' }),
    pause: () => !opts.recordId(),
    requestPolicy: 'network-only',
  });
  const files = computed(() => query.data.value?.recordFiles ?? []);
  const loadError = computed(() => (query.error.value ? describeError(query.error.value) : null));
  const attach = useMutation(AttachRecordFileMutation);
  const del = useMutation(DeleteRecordFileMutation);
  const { error, upload, remove } = useStoredFileUpload({
    ownerId: opts.recordId,
    refuseBeforeReading: (file) => recordFileRefusalBeforeReading(file.name, file.size, files.value.length),
    attach: (recordId, fileName, contentBase64) => attach.executeMutation({ recordId, fileName, contentBase64 }),
    attachedName: (data) => data.attachRecordFile.fileName,
    remove: (recordId, fileId) => del.executeMutation({ recordId, fileId }),
    reload: () => query.executeQuery({ requestPolicy: 'network-only' }),
  });
  return { files, error, loadError, uploading: attach.fetching, upload, remove };
}
