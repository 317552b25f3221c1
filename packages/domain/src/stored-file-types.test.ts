import { describe, expect, it } from 'vitest';
import {
  MAX_STORED_FILE_BYTES,
  STORED_FILE_ACCEPT,
  UPLOAD_OPERATIONS,
  sniffStoredFile,
  storedFileProblem,
} from './upload-limits.js';

const bytes = (...parts: Array<number[] | string>): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((ch) => ch.charCodeAt(0)) : p)));
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = bytes('%PDF-1.7\n%âãÏÓ\n');
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF');
const DOC = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
const DOCX = bytes(ZIP, '\x14\x00\x06\x00[Content_Types].xml...', ZIP, '\x14\x00word/document.xml<w:document/>');
const OFD = bytes(ZIP, '\x14\x00OFD.xml<ofd:OFD/>');
const XLSX = bytes(ZIP, '\x14\x00[Content_Types].xml', ZIP, 'xl/workbook.xml');

describe('stored files: type by content', () => {
  it('knows PDF, PNG, JPEG, Word (both), OFD by their first bytes', () => {
    expect(sniffStoredFile(PDF)?.key).toBe('pdf');
    expect(sniffStoredFile(PNG)?.key).toBe('png');
    expect(sniffStoredFile(JPEG)?.key).toBe('jpeg');
    expect(sniffStoredFile(DOC)?.key).toBe('doc');
    expect(sniffStoredFile(DOCX)?.key).toBe('docx');
    expect(sniffStoredFile(OFD)?.key).toBe('ofd');
  });

  it('knows nothing else: a workbook zip, HTML, text, a truncated header', () => {
    expect(sniffStoredFile(XLSX)).toBeNull();
    expect(sniffStoredFile(bytes('<html><script>alert(1)</script>'))).toBeNull();
    expect(sniffStoredFile(bytes('%PDF'))).toBeNull();
    expect(sniffStoredFile(new Uint8Array())).toBeNull();
  });

  it('takes a file whose name and content agree, and says what is wrong otherwise, naming the file', () => {
    expect(storedFileProblem('答复书.PDF', PDF)).toMatchObject({ ok: true, type: { mediaType: 'application/pdf' } });
    expect(storedFileProblem('照片.jpeg', JPEG)).toMatchObject({ ok: true, type: { key: 'jpeg' } });
    expect(storedFileProblem('答复书.pdf', PNG)).toEqual({
      ok: false,
      field: 'contentBase64',
      message: '「答复书.pdf」的内容不是 PDF 文件（看起来是 PNG 图片 文件，请改正扩展名）',
    });
    expect(storedFileProblem('答复书.docx', XLSX)).toMatchObject({
      ok: false,
      message: '「答复书.docx」的内容不是 Word 文件（文件可能已损坏或类型不符）',
    });
    expect(storedFileProblem('脚本.html', PDF)).toMatchObject({ ok: false, field: 'fileName' });
    expect(storedFileProblem('无扩展名', PDF)).toMatchObject({ ok: false, field: 'fileName' });
    expect(storedFileProblem('', PDF)).toMatchObject({ ok: false, field: 'fileName' });
    expect(storedFileProblem('空.pdf', new Uint8Array())).toMatchObject({ ok: false, message: '「空.pdf」是空文件' });
  });

  it('holds the limit at 10 MB exactly', () => {
    const at = new Uint8Array(MAX_STORED_FILE_BYTES);
    at.set(PDF);
    expect(storedFileProblem('a.pdf', at).ok).toBe(true);
    const over = new Uint8Array(MAX_STORED_FILE_BYTES + 1);
    over.set(PDF);
    expect(storedFileProblem('a.pdf', over)).toMatchObject({
      ok: false,
      message: expect.stringContaining('附件上限 10.0 MB'),
    });
  });

  it('lists the accepted extensions for a file input, and routes the upload to the upload endpoint', () => {
    expect(STORED_FILE_ACCEPT).toBe('.pdf,.ofd,.docx,.doc,.png,.jpg,.jpeg');
    expect(UPLOAD_OPERATIONS).toContain('attachApplicationFile');
  });
});
