import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from './csv.js';

describe('CSV cells', () => {
  it('writes a cell that would start a formula as text', () => {
    expect(csvCell('=HYPERLINK("http://x","点我")')).toBe(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csvCell('+1+cmd')).toBe("'+1+cmd");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves ordinary text and numbers alone and quotes what RFC 4180 asks', () => {
    expect(csvCell('机构概况')).toBe('机构概况');
    expect(csvCell('12')).toBe('12');
    // A report's 增/减 cells can be negative: plain numbers stay numbers.
    expect(csvCell('-3')).toBe('-3');
    expect(csvCell('+1')).toBe('+1');
    expect(csvCell('-0.25')).toBe('-0.25');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('说"明"')).toBe('"说""明"""');
    expect(csvCell('')).toBe('');
  });

  it('makes a document with BOM and CRLF', () => {
    expect(
      csvDocument([
        ['a', '=b'],
        ['1', '2'],
      ]),
    ).toBe("\uFEFFa,'=b\r\n1,2\r\n");
  });
});
