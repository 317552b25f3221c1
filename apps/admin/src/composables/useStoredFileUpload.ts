/**
 * Uploading and deleting stored files (a case's reply letter, a publication record's attachments): the checks the
 * server makes, made first in the browser with the domain's rules — the size before reading megabytes for nothing
 * (storedFileSizeProblem), then type by extension and by content (storedFileProblem) — then the mutation, a message,
 * and a reload of the owner's list; deleting asks for a confirmation. What differs per owner (its mutations, a limit
 * of files per owner) is passed in.
 */
import { ref, type Ref } from 'vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import type { CombinedError } from '@urql/vue';
import { storedFileProblem, storedFileSizeProblem } from '@gongkai/domain';
import { bytesToBase64 } from '../base64';
import { describeError } from '../errors';

interface Outcome<T> {
  error?: CombinedError;
  data?: T | null;
}

export interface StoredFileUploadOptions<A, D> {
  ownerId: () => string | null;
  /** A refusal before the file is read (e.g. a limit of files per owner), besides the size; null to go on. */
  refuseBeforeReading?: (file: File) => string | null;
  attach: (ownerId: string, fileName: string, contentBase64: string) => Promise<Outcome<A>>;
  /** The stored name the server reports back, from the attach mutation's data. */
  attachedName: (data: A) => string;
  remove: (ownerId: string, fileId: string) => Promise<Outcome<D>>;
  reload: () => void;
}

export function useStoredFileUpload<A, D>(
  o: StoredFileUploadOptions<A, D>,
): {
  error: Ref<string | null>;
  upload: (file: File) => Promise<boolean>;
  remove: (f: { id: string; fileName: string }) => Promise<boolean>;
} {
  const error = ref<string | null>(null);

  async function upload(file: File): Promise<boolean> {
    const ownerId = o.ownerId();
    if (!ownerId) return false;
    error.value = o.refuseBeforeReading?.(file) ?? storedFileSizeProblem(file.name, file.size);
    if (error.value) return false;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = storedFileProblem(file.name, bytes);
    if (!checked.ok) {
      error.value = checked.message;
      return false;
    }
    const res = await o.attach(ownerId, file.name, bytesToBase64(bytes));
    if (res.error || !res.data) {
      error.value = res.error ? describeError(res.error) : '上传失败';
      return false;
    }
    ElMessage.success(`已上传「${o.attachedName(res.data)}」`);
    o.reload();
    return true;
  }

  async function remove(f: { id: string; fileName: string }): Promise<boolean> {
    const ownerId = o.ownerId();
    if (!ownerId) return false;
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
    const res = await o.remove(ownerId, f.id);
    if (res.error) {
      error.value = describeError(res.error);
      return false;
    }
    ElMessage.success('已删除附件');
    o.reload();
    return true;
  }

  return { error, upload, remove };
}
