/**
 * Tab-separated text as Excel puts it on the clipboard: a cell with line breaks (or quotes) is wrapped in 「"…"」 with
 * its quotes doubled, rows end with CRLF and line breaks inside a cell are LF. Splitting such text at line breaks
 * cuts a row in pieces; this reads the quoted cells whole.
 *
 * Only a cell that starts with 「"」 and closes with 「"」 right before a tab or the end of a line is quoted; any other
 * 「"」 is text. A quoted cell runs over at most {@link MAX_QUOTED} characters, so text with a stray 「"」 costs no more
 * than that per cell.
 */

export interface QuotedTabRows {
  rows: string[][];
  /** The 1-based line each row starts on. */
  lines: number[];
}

const MAX_QUOTED = 4000;

/** The index of the quote closing a quoted cell whose text starts at `from`, or -1. */
function closingQuote(src: string, from: number): number {
  const end = Math.min(src.length, from + MAX_QUOTED);
  for (let k = from; k < end; k++) {
    if (src[k] !== '"') continue;
    if (src[k + 1] === '"') {
      k++;
      continue;
    }
    const next = src[k + 1];
    return next === undefined || next === '\t' || next === '\r' || next === '\n' ? k : -1;
  }
  return -1;
}

/**
 * The rows of tab text read with Excel's clipboard quoting, or null when no quoted cell holds a line break (then the
 * text's lines are its rows, as the plain tab reading has them).
 */
export function excelClipboardRows(text: string): QuotedTabRows | null {
  const src = text.replace(/^\uFEFF/u, '');
  if (!src.includes('\t') || !/(?:^|\t)"/mu.test(src)) return null;
  const out: QuotedTabRows = { rows: [], lines: [] };
  let row: string[] = [];
  let line = 1;
  let rowLine = 1;
  let multiLine = false;
  let i = 0;
  for (;;) {
    // At the start of a cell.
    let cell: string;
    const close = src[i] === '"' ? closingQuote(src, i + 1) : -1;
    if (close >= 0) {
      const raw = src.slice(i + 1, close);
      const breaks = (raw.match(/\r\n|\r|\n/gu) ?? []).length;
      if (breaks > 0) multiLine = true;
      line += breaks;
      cell = raw.replace(/""/gu, '"');
      i = close + 1;
    } else {
      let end = i;
      while (end < src.length && src[end] !== '\t' && src[end] !== '\r' && src[end] !== '\n') end++;
      cell = src.slice(i, end);
      i = end;
    }
    row.push(cell);
    if (src[i] === '\t') {
      i++;
      continue;
    }
    out.rows.push(row);
    out.lines.push(rowLine);
    row = [];
    if (i >= src.length) break;
    i += src[i] === '\r' && src[i + 1] === '\n' ? 2 : 1;
    line++;
    rowLine = line;
  }
  return multiLine ? out : null;
}
