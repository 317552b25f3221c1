/**
 * The case's attachments (the reply letter, 答复书): listed for the agency's own users, uploaded after the same check
 * the server makes (domain storedFileProblem: type by extension and by content, size), deleted after a
 * confirmation. Downloads are plain links to the server's GET /files/<id> (the session cookie goes with them).
 */
import { computed, ref } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import { MAX_STORED_FILE_BYTES, formatFileSize, storedFileProblem } from '@gongkai/domain';
import { ApplicationFilesQuery, AttachApplicationFileMutation, DeleteApplicationFileMutation } from './queries';
import { bytesToBase64 } from '../../base64';
import { describeError } from '../../errors';

export function useCaseFiles(opts: { caseId: () => string | null; visible: () => boolean }) {
  const query = useQuery({
    query: ApplicationFilesQuery,
    variables: () => ({ caseId: opts.caseId() ?? '' }),
    pause: () => !opts.caseId() || !opts.visible(),
    requestPolicy: 'network-only',
  });
  const files = computed(() => query.data.value?.applicationFiles ?? []);
  const error = ref<string | null>(null);
  const attach = useMutation(AttachApplicationFileMutation);
  const del = useMutation(DeleteApplicationFileMutation);
  const reload = (): void => {
    query.executeQuery({ requestPolicy: 'network-only' });
  };

  async function upload(file: File): Promise<boolean> {
    const caseId = opts.caseId();
    if (!caseId) return false;
    error.value = null;
    // The size first, before reading megabytes for nothing.
    if (file.size > MAX_STORED_FILE_BYTES) {
      error.value = `「${file.name}」过大（${formatFileSize(file.size)}，附件上限 ${formatFileSize(MAX_STORED_FILE_BYTES)}）`;
      return false;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = storedFileProblem(file.name, bytes);
    if (!checked.ok) {
      error.value = checked.message;
      return false;
    }
    const res = await attach.executeMutation({ caseId, fileName: file.name, contentBase64: bytesToBase64(bytes) });
    if (res.error || !res.data) {
      error.value = res.error ? describeError(res.error) : '上传失败';
      return false;
    }
    ElMessage.success(`已上传「${res.data.attachApplicationFile.fileName}」`);
    reload();
    return true;
  }

  async function remove(f: { id: string; fileName: string }): Promise<boolean> {
    const caseId = opts.caseId();
    if (!caseId) return false;
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
    const res = await del.executeMutation({ caseId, fileId: f.id });
    if (res.error) {
      error.value = describeError(res.error);
      return false;
    }
    ElMessage.success('已删除附件');
    reload();
    return true;
  }

  return { query, files, error, uploading: attach.fetching, upload, remove };
}
