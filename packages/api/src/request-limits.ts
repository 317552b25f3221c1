/**
 * Limits on a request's variables, checked before anything recurses into them (graphql's coercion of input values
 * is recursive: a 100,000-deep JSON value would overflow the stack). Iterative, so any depth is measured safely.
 */
export const MAX_VARIABLE_DEPTH = 32;

/** The nesting depth of a JSON value, counting objects and arrays; stops counting past `limit`. */
export function jsonDepth(value: unknown, limit = MAX_VARIABLE_DEPTH): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const d = depth + 1;
    if (d > deepest) deepest = d;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v))
      if (child !== null && typeof child === 'object') stack.push([child, d]);
  }
  return deepest;
}

/** A Chinese message if the variables nest too deeply, else null. */
export function nestingProblem(variables: unknown): string | null {
  const depth = jsonDepth(variables);
  return depth > MAX_VARIABLE_DEPTH ? `变量嵌套过深（超过 ${MAX_VARIABLE_DEPTH} 层）` : null;
}
