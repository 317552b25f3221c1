import { describe, expect, it } from 'vitest';
import { decodeUtf8, fileProblem, formatBytes, isTxtFileName, MAX_FILE_BYTES, versionFromFileName } from './import-file';

describe('fileProblem', () => {
  it('accepts .txt files of a sensible size', () => {
    expect(isTxtFileName('目录.TXT')).toBe(true);
    expect(fileProblem({ name: '根河市司法局.txt', size: 9568 })).toBeNull();
  });
  it('refuses other types, empty and huge files', () => {
    expect(fileProblem({ name: '目录.pdf', size: 100 })).toMatch(/不是 \.txt/u);
    expect(fileProblem({ name: '目录.txt', size: 0 })).toMatch(/空文件/u);
    expect(fileProblem({ name: '目录.txt', size: MAX_FILE_BYTES + 1 })).toMatch(/过大/u);
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('序号\t一级事项\n')]);
    expect(decodeUtf8(bytes)).toEqual({ ok: true, text: '序号\t一级事项\n' });
  });
  it('refuses GBK text with a hint', () => {
    // 「主动公开目录」 in GBK
    const r = decodeUtf8(new Uint8Array([0xd6, 0xf7, 0xb6, 0xaf, 0xb9, 0xab, 0xbf, 0xaa, 0xc4, 0xbf, 0xc2, 0xbc]));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/UTF-8/u);
  });
  it('refuses binary and blank content', () => {
    expect(decodeUtf8(new Uint8Array([0x61, 0x00, 0x62])).ok).toBe(false);
    expect(decodeUtf8(new TextEncoder().encode(' \n\t ')).ok).toBe(false);
  });
});

describe('helpers', () => {
  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 字节');
    expect(formatBytes(9568)).toBe('9.3 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
  it('guesses a version label from the file name', () => {
    expect(versionFromFileName('根河市司法局主动公开目录（2025版）.txt')).toBe('2025版');
    expect(versionFromFileName('2024年版目录.txt')).toBe('2024版');
    expect(versionFromFileName('目录.txt')).toBe('');
  });
});
