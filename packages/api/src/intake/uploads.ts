/**
 * A file sent base64 in a mutation (catalogues, published reports, onboarding): its bytes, or a BAD_USER_INPUT that
 * names the file and what is wrong (not base64, empty, over the platform's one upload limit in domain
 * upload-limits.ts). Every mutation that takes `contentBase64` decodes it here.
 */
import { MAX_UPLOAD_BYTES, fileNameProblem, uploadTooLargeMessage } from '@gongkai/domain';
import { badUserInput } from '../errors.js';

export function decodeUpload(fileName: string, contentBase64: string): Buffer {
  const nameProblem = fileNameProblem(fileName);
  if (nameProblem) throw badUserInput(nameProblem, { field: 'fileName' });
  if (!/^[A-Za-z0-9+/=\s]*$/u.test(contentBase64))
    throw badUserInput(`「${fileName}」的内容不是 base64 编码`, { field: 'contentBase64' });
  // Decoded size from the text's length, before any bytes are allocated.
  const estimate = Math.floor((contentBase64.replace(/\s/gu, '').length * 3) / 4);
  if (estimate > MAX_UPLOAD_BYTES + 2)
    throw badUserInput(uploadTooLargeMessage(fileName, estimate), { field: 'contentBase64' });
  const data = Buffer.from(contentBase64, 'base64');
  if (data.length === 0) throw badUserInput(`「${fileName}」是空文件：没有可导入的内容`, { field: 'contentBase64' });
  if (data.length > MAX_UPLOAD_BYTES)
    throw badUserInput(uploadTooLargeMessage(fileName, data.length), { field: 'contentBase64' });
  return data;
}
