import { describe, expect, it } from 'vitest';
import { MAX_RECORD_FILES, MAX_STORED_FILE_BYTES, storedFileProblem } from '@gongkai/domain';
import { recordFileRefusalBeforeReading } from './record-files';

/** The refusal the admin shows after reading a file (the domain's rule, as useStoredFileUpload applies it). */
function recordFileRefusal(fileName: string, bytes: Uint8Array): string | null {
  const checked = storedFileProblem(fileName, bytes);
  return checked.ok ? null : checked.message;
}

const PDF = new TextEncoder().encode('%PDF-1.7\n% 公开记录附件\n%%EOF\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('checks before attaching a file to a record', () => {
  it('refuses an eleventh file and one over the size limit before reading it', () => {
    expect(recordFileRefusalBeforeReading('a.pdf', 10, MAX_RECORD_FILES - 1)).toBeNull();
    expect(recordFileRefusalBeforeReading('a.pdf', 10, MAX_RECORD_FILES)).toContain(`最多 ${MAX_RECORD_FILES} 个附件`);
    expect(recordFileRefusalBeforeReading('大.pdf', MAX_STORED_FILE_BYTES + 1, 0)).toMatch(
      /^「大\.pdf」过大.*附件上限 10\.0 MB/u,
    );
    expect(recordFileRefusalBeforeReading('刚好.pdf', MAX_STORED_FILE_BYTES, 0)).toBeNull();
  });

  it('accepts a PDF and refuses a wrong extension, a disguised file and an empty one, in Chinese', () => {
    expect(recordFileRefusal('通知.pdf', PDF)).toBeNull();
    expect(recordFileRefusal('程序.exe', PDF)).toContain('只能上传');
    expect(recordFileRefusal('扫描件.pdf', PNG)).toBe(
      '「扫描件.pdf」的内容不是 PDF 文件（看起来是 PNG 图片 文件，请改正扩展名）',
    );
    expect(recordFileRefusal('空.pdf', new Uint8Array())).toBe('「空.pdf」是空文件');
  });
});
