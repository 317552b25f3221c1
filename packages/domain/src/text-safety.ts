/**
 * Text that cannot be stored: PostgreSQL refuses the NUL character (U+0000) in text and jsonb values, and
 * refuses a jsonb string with an unpaired UTF-16 surrogate (「\ud800」 is not a character). Such text arrives from
 * users — a GraphQL argument, a JSON file (「\u0000」 is a valid JSON escape) — and must be refused with a message
 * naming where it is, before it reaches the database. Pure: used by the API's input check, the importers and the
 * browser.
 */

/** NUL, or a surrogate code unit that is not half of a pair (with the `u` flag a pair is one code point). */
const INVALID = /[\u0000\uD800-\uDFFF]/u;

/**
 * What is wrong with a string that cannot be stored, in Chinese (「空字符 U+0000」, 「不成对的 UTF-16 代理码元
 * U+D800」), or null when it is fine. Emoji and other characters outside the BMP (surrogate pairs) are fine.
 */
export function invalidTextProblem(s: string): string | null {
  const m = INVALID.exec(s);
  if (!m) return null;
  const code = m[0].charCodeAt(0);
  if (code === 0) return '空字符 U+0000';
  return `不成对的 UTF-16 代理码元 U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** How deep a value given by a user may nest (a JSON argument, a variable): deeper is refused, not recursed into. */
export const MAX_INPUT_DEPTH = 64;

export type InvalidInput =
  /** A string (or, with `inKey`, the name of an object's field) holding text that cannot be stored. */
  | { kind: 'text'; path: string; problem: string; inKey: boolean }
  /** Nested deeper than MAX_INPUT_DEPTH. */
  | { kind: 'depth'; path: string; limit: number };

/** `path` extended by an object's key: `a.b`, or `a["两 个"]` when the key is not a plain name. */
export function pathWithKey(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$]*$/u.test(key)) return path === '' ? key : `${path}.${key}`;
  const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  return `${path}[${JSON.stringify(shown)}]`;
}

/**
 * The first string in a value (strings, arrays, plain objects and their keys; other values are ignored) that
 * cannot be stored, with its path (`input.remarks[2]`, `json.cells.p.fees.amount`), or null. Iterative, so a
 * deeply nested value cannot exhaust the stack; nesting beyond `maxDepth` is reported instead of walked.
 */
export function findInvalidText(value: unknown, path = '', maxDepth = MAX_INPUT_DEPTH): InvalidInput | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, path: p, depth } = stack.pop()!;
    if (typeof v === 'string') {
      const problem = invalidTextProblem(v);
      if (problem) return { kind: 'text', path: p, problem, inKey: false };
      continue;
    }
    if (!v || typeof v !== 'object') continue;
    if (depth >= maxDepth) return { kind: 'depth', path: p, limit: maxDepth };
    const children: Array<{ value: unknown; path: string; depth: number }> = [];
    if (Array.isArray(v)) {
      v.forEach((x, i) => children.push({ value: x, path: `${p}[${i}]`, depth: depth + 1 }));
    } else {
      for (const [k, x] of Object.entries(v)) {
        const problem = invalidTextProblem(k);
        if (problem) return { kind: 'text', path: p, problem, inKey: true };
        children.push({ value: x, path: pathWithKey(p, k), depth: depth + 1 });
      }
    }
    // Reversed onto the stack, so the first offending value in reading order is the one reported.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}

/** The Chinese message for an InvalidInput, naming the path: 「参数 input.name 含有不允许的字符（空字符 U+0000）」. */
export function invalidInputMessage(found: InvalidInput, prefix = '参数 '): string {
  const where = found.path === '' ? prefix.trim() || '内容' : `${prefix}${found.path}`;
  if (found.kind === 'depth') return `${where} 嵌套过深（超过 ${found.limit} 层）`;
  return `${where}${found.inKey ? ' 的字段名' : ' '}含有不允许的字符（${found.problem}）`;
}
