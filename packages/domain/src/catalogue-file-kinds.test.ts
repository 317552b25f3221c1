import { describe, expect, it } from 'vitest';
import { catalogueFileKind, unreadCatalogueFileMessage } from './catalogue-file-kinds.js';

describe('catalogue file kinds', () => {
  it('knows every container by its extension, case-insensitively', () => {
    expect(catalogueFileKind('目录.DOCX')).toBe('docx');
    expect(catalogueFileKind('目录.htm')).toBe('html');
    expect(catalogueFileKind('目录.md')).toBe('txt');
    expect(catalogueFileKind('目录.tsv')).toBe('txt');
    expect(catalogueFileKind('目录')).toBeNull();
    expect(unreadCatalogueFileMessage('目录.pdf')).toBeNull();
  });

  it('says what to do with files it does not read', () => {
    expect(unreadCatalogueFileMessage('目录.xls')).toMatch(/另存为」\.xlsx/u);
    expect(unreadCatalogueFileMessage('目录.et')).toMatch(/另存为」\.xlsx/u);
    expect(unreadCatalogueFileMessage('目录.doc')).toMatch(/另存为」\.docx/u);
    expect(unreadCatalogueFileMessage('目录.zip')).toMatch(/\.docx、\.xlsx、\.pdf/u);
  });
});
