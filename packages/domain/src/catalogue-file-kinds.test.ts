import { describe, expect, it } from 'vitest';
import {
  catalogueFileKind,
  converterMissingMessage,
  oldCatalogueFileKind,
  oldFormatKind,
  oldFormatMessage,
  unreadCatalogueFileMessage,
} from './catalogue-file-kinds.js';

describe('catalogue file kinds', () => {
  it('knows every container by its extension, case-insensitively', () => {
    expect(catalogueFileKind('目录.DOCX')).toBe('docx');
    expect(catalogueFileKind('目录.htm')).toBe('html');
    expect(catalogueFileKind('目录.md')).toBe('txt');
    expect(catalogueFileKind('目录.tsv')).toBe('txt');
    expect(catalogueFileKind('目录')).toBeNull();
    expect(unreadCatalogueFileMessage('目录.pdf')).toBeNull();
  });

  it('old Office and WPS files are accepted by name and converted to .docx or .xlsx', () => {
    expect(catalogueFileKind('目录.doc')).toBeNull();
    expect([
      oldCatalogueFileKind('目录.DOC'),
      oldCatalogueFileKind('目录.wps'),
      oldCatalogueFileKind('目录.xls'),
      oldCatalogueFileKind('目录.ET'),
    ]).toEqual(['doc', 'doc', 'xls', 'xls']);
    expect([
      oldFormatKind('目录.doc'),
      oldFormatKind('目录.wps'),
      oldFormatKind('目录.xls'),
      oldFormatKind('目录.et'),
    ]).toEqual(['docx', 'docx', 'xlsx', 'xlsx']);
    expect(oldFormatKind('目录.docx')).toBeNull();
    expect(oldCatalogueFileKind('目录.zip')).toBeNull();
    for (const name of ['目录.doc', '目录.wps', '目录.xls', '目录.et'])
      expect(unreadCatalogueFileMessage(name)).toBeNull();
  });

  it('without the converter, says so and what to do, naming the file', () => {
    expect(oldFormatMessage('目录.xls')).toMatch(
      /^「目录\.xls」是旧版 Excel.*未安装转换程序（LibreOffice）.*另存为」\.xlsx/u,
    );
    expect(oldFormatMessage('目录.et')).toMatch(/另存为」\.xlsx/u);
    expect(oldFormatMessage('目录.doc')).toMatch(/^「目录\.doc」是旧版 Word.*另存为」\.docx/u);
    expect(oldFormatMessage('目录.wps')).toMatch(/另存为」\.docx/u);
    expect(oldFormatMessage('目录.docx')).toBeNull();
    // A .docx that is really an old .doc: the target is given.
    expect(converterMissingMessage('目录.docx', 'docx')).toMatch(/^「目录\.docx」是旧版 Word/u);
    expect(converterMissingMessage('目录.pdf')).toBeNull();
  });

  it('says what to do with files it does not read', () => {
    expect(unreadCatalogueFileMessage('目录.zip')).toMatch(/\.docx、\.xlsx、\.pdf.*旧版 \.doc、\.xls、\.wps、\.et/u);
    expect(unreadCatalogueFileMessage('目录')).toMatch(/^「目录」不是可导入的目录文件/u);
  });
});
