import { describe, expect, it } from 'vitest';
import {
  base64OfDataUrl,
  contentProblem,
  decodeUtf8,
  fileProblem,
  formatBytes,
  IMPORT_ACCEPT,
  IMPORT_KIND_LABELS,
  importErrorText,
  importKind,
  MAX_FILE_BYTES,
  versionFromFileName,
} from './import-file';

describe('fileProblem', () => {
  it('accepts .docx, .xlsx, .html, .csv, .json and .txt files of a sensible size', () => {
    expect(importKind('目录.XLSX')).toBe('xlsx');
    expect(importKind('目录.docx')).toBe('docx');
    expect(importKind('目录.htm')).toBe('html');
    expect(importKind('目录.csv')).toBe('csv');
    expect(importKind('目录.md')).toBe('txt');
    expect(importKind('目录.json')).toBe('json');
    expect(importKind('目录.TXT')).toBe('txt');
    expect(importKind('目录')).toBeNull();
    expect(fileProblem({ name: '根河市司法局.txt', size: 9568 })).toBeNull();
    expect(fileProblem({ name: '根河市司法局.xlsx', size: 19568 })).toBeNull();
  });
  it('refuses other types with a hint what to do', () => {
    expect(fileProblem({ name: '目录.pdf', size: 100 })).toBeNull();
    expect(contentProblem('pdf', new TextEncoder().encode('%PDF-1.7\n'))).toBeNull();
    expect(contentProblem('pdf', new TextEncoder().encode('<html>'))).toMatch(/不是有效的 PDF/u);
    expect(fileProblem({ name: '目录.docx', size: 100 })).toBeNull();
    expect(fileProblem({ name: '目录.zip', size: 100 })).toMatch(
      /\.docx、\.xlsx、\.pdf、\.html、\.csv、\.json 或 \.txt/u,
    );
  });
  it('accepts old Word, Excel and WPS files: the server converts them or says it cannot', () => {
    expect([importKind('目录.doc'), importKind('目录.WPS'), importKind('目录.xls'), importKind('目录.et')]).toEqual([
      'doc',
      'doc',
      'xls',
      'xls',
    ]);
    for (const name of ['目录.doc', '目录.wps', '目录.xls', '目录.et'])
      expect(fileProblem({ name, size: 100 })).toBeNull();
    expect(IMPORT_KIND_LABELS.doc).toMatch(/Word/u);
    expect(IMPORT_KIND_LABELS.xls).toMatch(/Excel/u);
    expect(IMPORT_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.doc', '.xls', '.wps', '.et']));
    // Whatever the bytes (binary Office, RTF, a web page saved as .doc), the server decides.
    expect(contentProblem('doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBeNull();
    expect(contentProblem('xls', new TextEncoder().encode('<html><table>'))).toBeNull();
  });
  it('refuses empty and huge files', () => {
    expect(fileProblem({ name: '目录.txt', size: 0 })).toMatch(/空文件/u);
    expect(fileProblem({ name: '目录.xlsx', size: MAX_FILE_BYTES + 1 })).toMatch(/过大/u);
  });
});

describe('decodeUtf8 and contentProblem', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('序号\t一级事项\n')]);
    expect(decodeUtf8(bytes)).toEqual({ ok: true, text: '序号\t一级事项\n' });
  });
  it('lets GBK text through to the server (it decodes GB18030), but not as JSON', () => {
    // 「主动公开目录」 in GBK
    const gbk = new Uint8Array([0xd6, 0xf7, 0xb6, 0xaf, 0xb9, 0xab, 0xbf, 0xaa, 0xc4, 0xbf, 0xc2, 0xbc]);
    const r = decodeUtf8(gbk);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/UTF-8/u);
    expect(contentProblem('txt', gbk)).toBeNull();
    expect(contentProblem('csv', gbk)).toBeNull();
    expect(contentProblem('json', gbk)).toMatch(/UTF-8/u);
    expect(contentProblem('txt', new Uint8Array([0x61, 0x00, 0x62]))).toMatch(/二进制/u);
    expect(contentProblem('html', new TextEncoder().encode(' \n'))).toMatch(/没有文字/u);
  });
  it('refuses binary and blank content', () => {
    expect(decodeUtf8(new Uint8Array([0x61, 0x00, 0x62])).ok).toBe(false);
    expect(decodeUtf8(new TextEncoder().encode(' \n\t ')).ok).toBe(false);
  });
  it('wants a zip archive for .xlsx and .docx', () => {
    expect(contentProblem('docx', new TextEncoder().encode('<html>'))).toMatch(/不是有效的 \.docx/u);
    expect(contentProblem('xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBeNull();
    expect(contentProblem('xlsx', new Uint8Array([0x25, 0x50, 0x44, 0x46]))).toMatch(/不是有效的 \.xlsx/u);
    // A renamed old .doc/.xls: the server converts it.
    expect(contentProblem('docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBeNull();
    expect(contentProblem('xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBeNull();
    expect(contentProblem('json', new TextEncoder().encode('{"items":[]}'))).toBeNull();
  });
});

describe('helpers', () => {
  it('takes the base64 out of a data URL', () => {
    expect(base64OfDataUrl('data:application/json;base64,eyJhIjoxfQ==')).toBe('eyJhIjoxfQ==');
    expect(base64OfDataUrl('data:;base64,')).toBe('');
    expect(base64OfDataUrl('not a data url')).toBe('');
  });
  it('adds the line to a server message that does not name it', () => {
    expect(importErrorText('不是主动公开目录', 3)).toBe('第 3 行：不是主动公开目录');
    expect(importErrorText('第1–3行：不是制表符分隔的表格', 1)).toBe('第1–3行：不是制表符分隔的表格');
    expect(importErrorText('工作表「目录」第 5 行 D 列：公开时限为空', null)).toBe(
      '工作表「目录」第 5 行 D 列：公开时限为空',
    );
  });
  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 字节');
    expect(formatBytes(9568)).toBe('9.3 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
  it('guesses a version label from the file name', () => {
    expect(versionFromFileName('根河市司法局主动公开目录（2025版）.xlsx')).toBe('2025版');
    expect(versionFromFileName('2024年版目录.txt')).toBe('2024版');
    expect(versionFromFileName('目录.txt')).toBe('');
  });
});
