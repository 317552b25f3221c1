/**
 * A publication record's attachments in its form: listed, uploaded after the server's own checks (record-files.ts),
 * deleted after a confirmation. Downloads are plain links to GET /files/<id>.
 */
import { computed, ref } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import { AttachRecordFileMutation, DeleteRecordFileMutation, RecordFilesQuery } from './records-queries';
import { recordFileRefusal, recordFileRefusalBeforeReading } from './record-files';
import { bytesToBase64 } from '../../base64';
import { describeError } from '../../errors';

export function useRecordFiles(opts: { recordId: () => string | null }) {
  const query = useQuery({
    query: RecordFilesQuery,
    variables: () => ({ recordId: opts.recordId() ?? '' }),
    pause: () => !opts.recordId(),
    requestPolicy: 'network-only',
  });
  const files = computed(() => query.data.value?.recordFiles ?? []);
  const error = ref<string | null>(null);
  const loadError = computed(() => (query.error.value ? describeError(query.error.value) : null));
  const attach = useMutation(AttachRecordFileMutation);
  const del = useMutation(DeleteRecordFileMutation);
  const reload = (): void => {
    query.executeQuery({ requestPolicy: 'network-only' });
  };

  async function upload(file: File): Promise<boolean> {
    const recordId = opts.recordId();
    if (!recordId) return false;
    error.value = recordFileRefusalBeforeReading(file.name, file.size, files.value.length);
    if (error.value) return false;
    const bytes = new Uint8Array(await file.arrayBuffer());
    error.value = recordFileRefusal(file.name, bytes);
    if (error.value) return false;
    const res = await attach.executeMutation({ recordId, fileName: file.name, contentBase64: bytesToBase64(bytes) });
    if (res.error || !res.data) {
      error.value = res.error ? describeError(res.error) : '上传失败';
      return false;
    }
    ElMessage.success(`已上传「${res.data.attachRecordFile.fileName}」`);
    reload();
    return true;
  }

  async function remove(f: { id: string; fileName: string }): Promise<boolean> {
    const recordId = opts.recordId();
    if (!recordId) return false;
    try {
      await ElMessageBox.confirm(`删除附件「${f.fileName}」？删除后不能恢复。`, '删除附件', {
        confirmButtonText: '删除',
        cancelButtonText: '取消',
        type: 'warning',
        confirmButtonClass: 'el-button--danger',
      });
    } catch {
      return false;
    }
    const res = await del.executeMutation({ recordId, fileId: f.id });
    if (res.error) {
      error.value = describeError(res.error);
      return false;
    }
    ElMessage.success('已删除附件');
    reload();
    return true;
  }

  return { files, error, loadError, uploading: attach.fetching, upload, remove };
}
