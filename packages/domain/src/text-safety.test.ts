import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importCatalogueRows, importCatalogueText } from './catalogue-import.js';
import {
  MAX_INPUT_DEPTH,
  findInvalidText,
  invalidInputMessage,
  invalidTextProblem,
  pathWithKey,
} from './text-safety.js';

describe('invalidTextProblem', () => {
  it.each([
    ['plain text', '根河市司法局'],
    ['emoji (a surrogate pair)', '目录😀🇨🇳'],
    ['an empty string', ''],
    ['other control characters', '\t\n\r\u0001'],
    ['right-to-left override', '\u202e abc'],
    ['the replacement character', '\uFFFD'],
  ])('accepts %s', (_n, s) => {
    expect(invalidTextProblem(s)).toBeNull();
  });

  it.each([
    ['NUL', 'a\u0000b', '空字符 U+0000'],
    ['a lone high surrogate', 'x\uD800', '不成对的 UTF-16 代理码元 U+D800'],
    ['a lone low surrogate', '\uDFFFy', '不成对的 UTF-16 代理码元 U+DFFF'],
    ['a pair in the wrong order', '\uDE00\uD83D', '不成对的 UTF-16 代理码元 U+DE00'],
    ['a pair followed by a stray low surrogate', '😀\uDE00', '不成对的 UTF-16 代理码元 U+DE00'],
  ])('refuses %s', (_n, s, problem) => {
    expect(invalidTextProblem(s)).toBe(problem);
  });
});

describe('findInvalidText', () => {
  it('names the path of the first bad string, in reading order', () => {
    const value = { name: 'ok', remarks: ['a', 'b\u0000', '\uD800'], nested: { x: '\u0000' } };
    expect(findInvalidText(value, 'input')).toEqual({
      kind: 'text',
      path: 'input.remarks[1]',
      problem: '空字符 U+0000',
      inKey: false,
    });
  });

  it('checks object keys, and quotes keys that are not plain names', () => {
    expect(findInvalidText({ cells: { 'a\u0000': '1' } }, 'json')).toMatchObject({ path: 'json.cells', inKey: true });
    expect(findInvalidText({ '两 个': ['\uDBFF'] }, 'json')).toMatchObject({ path: 'json["两 个"][0]' });
    expect(pathWithKey('', 'a')).toBe('a');
  });

  it('ignores numbers, booleans and null, and accepts good text', () => {
    expect(findInvalidText({ a: 1, b: null, c: true, d: ['文字', 2 ** 31] }, 'x')).toBeNull();
    expect(findInvalidText('\u0000', 'name')).toMatchObject({ path: 'name' });
  });

  it('refuses nesting deeper than the limit without recursing (no stack overflow)', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const found = findInvalidText(deep, 'json');
    expect(found).toMatchObject({ kind: 'depth', limit: MAX_INPUT_DEPTH });
    let ok: unknown = 'x';
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) ok = { a: ok };
    expect(findInvalidText(ok, 'json')).toBeNull();
  });

  it('words the messages in Chinese, naming the path', () => {
    expect(invalidInputMessage(findInvalidText({ name: 'a\u0000' }, 'input')!)).toBe(
      '参数 input.name 含有不允许的字符（空字符 U+0000）',
    );
    expect(invalidInputMessage(findInvalidText({ 'k\uD800': 1 }, 'json')!)).toBe(
      '参数 json 的字段名含有不允许的字符（不成对的 UTF-16 代理码元 U+D800）',
    );
    expect(invalidInputMessage({ kind: 'depth', path: 'json', limit: 64 })).toBe('参数 json 嵌套过深（超过 64 层）');
    expect(invalidInputMessage(findInvalidText(['\u0000'], 'items')!, '')).toBe(
      'items[0] 含有不允许的字符（空字符 U+0000）',
    );
  });
});

describe('the catalogue importers refuse text that cannot be stored, naming the line', () => {
  const seed = readFileSync(new URL('../../../demo-data/catalogues/genhe-sifaju.txt', import.meta.url), 'utf8');
  const lines = seed.split('\n');

  it('a text file with NUL (the binary check) or a lone surrogate in a cell', () => {
    const withNul = [...lines.slice(0, 7), `${lines[7]}\u0000`, ...lines.slice(8)].join('\n');
    expect(importCatalogueText(withNul)).toMatchObject({ ok: false, error: { line: 8 } });
    const cells = lines[9]!.split('\t');
    cells[1] = `${cells[1]}\uDC00`;
    const withSurrogate = [...lines.slice(0, 9), cells.join('\t'), ...lines.slice(10)].join('\n');
    expect(importCatalogueText(withSurrogate)).toEqual({
      ok: false,
      error: { line: 10, message: '第10行第2列：含有不允许的字符（不成对的 UTF-16 代理码元 U+DC00），无法导入' },
    });
    expect(importCatalogueText(seed).ok).toBe(true);
  });

  it('rows of a spreadsheet (where 「_x0000_」 reads as NUL)', () => {
    const rows = lines.map((l) => l.split('\t'));
    rows[11]![2] = 'a\u0000';
    expect(importCatalogueRows(rows)).toEqual({
      ok: false,
      error: { line: 12, message: '第12行第3列：含有不允许的字符（空字符 U+0000），无法导入' },
    });
  });
});
