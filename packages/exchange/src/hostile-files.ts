/**
 * Files that attack the catalogue readers (issue 11), and a large legitimate one, made on the fly for the tests
 * (exchange, API) and for bench/import-event-loop.mjs. Not exported from the package index: import this module by
 * path. Everything here is small to make: the zip bomb's deflate stream is one flushed block repeated, never the
 * inflated bytes themselves.
 */
import { crc32, constants, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { Zip, ZipDeflate, strFromU8, strToU8, unzipSync, zipSync, type ZipInputFile } from 'fflate';

/** A workbook whose first sheet has text in the given cells only (e.g. A1, CV1, A600): a large used range. */
export async function sparseXlsx(cells: string[], sheetName = 'Sheet1'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const address of cells) ws.getCell(address).value = 'x';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Rewrites parts of a workbook (name → XML) and zips it again. */
export function patchXlsx(xlsx: Uint8Array, patch: (name: string, xml: string) => string): Buffer {
  const files = unzipSync(xlsx);
  for (const name of Object.keys(files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) files[name] = strToU8(patch(name, strFromU8(files[name]!)));
  }
  return Buffer.from(zipSync(files));
}

/** A small valid workbook (one header row) with a merged range, data validation or defined name over `range`. */
export async function rangeBombXlsx(
  kind: 'merge' | 'validation' | 'definedName' | 'columns',
  range = 'A2:XFD1048576',
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('目录').addRow(['序号', '公开事项', '公开内容', '公开时限']);
  const plain = await wb.xlsx.writeBuffer();
  return patchXlsx(new Uint8Array(plain), (name, xml) => {
    if (name === 'xl/worksheets/sheet1.xml') {
      if (kind === 'merge')
        return xml.replace(
          '</sheetData>',
          `</sheetData><mergeCells count="1"><mergeCell ref="${range}"/></mergeCells>`,
        );
      if (kind === 'validation') {
        return xml.replace(
          '</sheetData>',
          `</sheetData><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${range}"><formula1>"是,否"</formula1></dataValidation></dataValidations>`,
        );
      }
      if (kind === 'columns')
        return xml.replace(
          '<sheetData>',
          '<cols><col min="1" max="50000000" width="10" customWidth="1"/></cols><sheetData>',
        );
    }
    if (name === 'xl/workbook.xml' && kind === 'definedName') {
      return xml.replace(
        '</workbook>',
        `<definedNames><definedName name="big">'目录'!$${range.replace(':', ':$').replace(/([A-Z]+)(\d+)/gu, '$1$$$2')}</definedName></definedNames></workbook>`,
      );
    }
    return xml;
  });
}

/**
 * A valid small workbook plus one more part inflating to `inflatedMiB` MiB of spaces. Its central directory declares
 * `declaredBytes` (default: the truth) — a lying archive declares little and inflates to much.
 */
export async function zipBombXlsx(options: {
  inflatedMiB: number;
  declaredBytes?: number;
  entryName?: string;
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').addRow(['序号', '公开事项']);
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  for (const [name, data] of Object.entries(parts)) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(data, true);
  }
  const mib = Buffer.alloc(1024 * 1024, 0x20);
  // Deflate of 1 MiB of spaces, flushed so that copies can follow each other; an empty final block closes the stream.
  const piece = deflateRawSync(mib, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < options.inflatedMiB; i++) crc = crc32(mib, crc);
  const bomb: ZipInputFile = {
    filename: options.entryName ?? 'customXml/item1.xml',
    size: options.declaredBytes ?? options.inflatedMiB * mib.length,
    crc,
    compression: 8,
  };
  zip.add(bomb);
  for (let i = 0; i < options.inflatedMiB; i++) bomb.ondata!(null, piece, false);
  bomb.ondata!(null, new Uint8Array([0x03, 0x00]), true);
  zip.end();
  return Buffer.concat(chunks);
}

/**
 * A legitimate catalogue text of `rows` data rows: the rows of a real catalogue (the seed, e.g. the demo's
 * genhe-sifaju.txt) repeated under renamed first-level items.
 */
export function largeCatalogueText(seed: string, rows: number): string {
  const lines = seed.split(/\r\n|\n/u);
  const headerEnd = lines.findIndex((l) => /^\d+\t/u.test(l));
  const head = lines.slice(0, headerEnd);
  const body = lines.slice(headerEnd).filter((l) => l.trim() !== '');
  const out = [...head];
  let serial = 1;
  for (let copy = 1; out.length < head.length + rows; copy++) {
    for (const line of body) {
      const cells = line.split('\t');
      if (cells[0]) cells[0] = String(serial++);
      if (cells[1]) cells[1] = `${cells[1]}（${copy}）`;
      out.push(cells.join('\t'));
      if (out.length >= head.length + rows) break;
    }
  }
  return out.join('\n');
}
