/**
 * Limits on query shape, checked before anything walks the query in a way that could cost more than linear time.
 *
 * 1. The parser stops at MAX_TOKENS (graphql's own `maxTokens`, see `PARSE_OPTIONS`): a query of 20,000 repeated
 *    fields never reaches validation.
 * 2. `shapeLimits`, the first thing validation looks at: fragments, fragment spreads, the number of fields the
 *    query expands to (fragments counted where they are spread), the widest selection set and the depth — each
 *    fragment is measured once
 *    (memoised), so a chain of fragments that each spread the next twice costs one pass, not 2ⁿ. A query over a
 *    limit is replaced, for the rest of validation, by an empty document: graphql's own rules (whose field-overlap
 *    check grows with the square of a selection set) never see it. One error, HTTP 400.
 * 3. Aliases (counted in the same pass).
 * The estimated cost (request-plugin.ts) runs after these, on a query already known to be small.
 */
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export const MAX_TOKENS = 5000;
export const MAX_DEPTH = 12;
export const MAX_ALIASES = 30;
export const MAX_FRAGMENTS = 100;
export const MAX_FRAGMENT_SPREADS = 500;
/** Fields after expanding every fragment where it is spread (the admin's biggest query: ~190). */
export const MAX_EXPANDED_FIELDS = 500;
/**
 * Fields in one selection set, fragments spread into it included. graphql's own check that fields of one set can be
 * merged compares them pairwise: 1,240 × `me { id }` in one set (12 KB, well under the token limit) took ~0.9 s.
 */
export const MAX_SELECTION_WIDTH = 100;

export const PARSE_OPTIONS: ParseOptions = { maxTokens: MAX_TOKENS };

export interface QueryShape {
  fragments: number;
  spreads: number;
  aliases: number;
  /** Per operation: fields after expansion (saturating just above the limit), depth, widest selection set. */
  operations: Array<{ name: string | null; fields: number; depth: number; width: number }>;
}

interface Measure {
  fields: number;
  depth: number;
  /** Fields directly in this set (with fragments and inline fragments at this level), saturating. */
  width: number;
  /** The widest set at or below this one. */
  widest: number;
}

/**
 * Measures a document in time linear in its size: every selection set is visited once per fragment definition,
 * never once per path that reaches it. Fragment cycles count as depth 0 here (graphql's NoFragmentCycles rule
 * reports them).
 */
export function measureQuery(doc: DocumentNode): QueryShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let spreads = 0;
  let aliases = 0;
  for (const def of doc.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const memo = new Map<string, Measure>();
  const inProgress = new Set<string>();
  const cap = (n: number): number => Math.min(n, MAX_EXPANDED_FIELDS + 1);

  // An explicit stack would be needed only beyond MAX_TOKENS-deep nesting, which the parser already refuses.
  const measureSet = (set: SelectionSetNode, countSyntax: boolean): Measure => {
    let fields = 0;
    let depth = 0;
    let width = 0;
    let widest = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (countSyntax && sel.alias) aliases++;
        const inner = sel.selectionSet
          ? measureSet(sel.selectionSet, countSyntax)
          : { fields: 0, depth: 0, width: 0, widest: 0 };
        fields = cap(fields + 1 + inner.fields);
        depth = Math.max(depth, 1 + inner.depth);
        width = cap(width + 1);
        widest = Math.max(widest, inner.widest);
      } else {
        if (sel.kind === Kind.FRAGMENT_SPREAD && countSyntax) spreads++;
        const inner =
          sel.kind === Kind.INLINE_FRAGMENT
            ? measureSet(sel.selectionSet, countSyntax)
            : measureFragment(sel.name.value);
        fields = cap(fields + inner.fields);
        depth = Math.max(depth, inner.depth);
        // A fragment's fields join this set: graphql compares them with this set's own.
        width = cap(width + inner.width);
        widest = Math.max(widest, inner.widest);
      }
    }
    return { fields, depth, width, widest: Math.max(widest, width) };
  };
  const measureFragment = (name: string): Measure => {
    const known = memo.get(name);
    if (known) return known;
    const frag = fragments.get(name);
    if (!frag || inProgress.has(name)) return { fields: 0, depth: 0, width: 0, widest: 0 };
    inProgress.add(name);
    // Syntax (aliases, spreads) is counted once per definition, when the fragment is first measured.
    const m = measureSet(frag.selectionSet, true);
    inProgress.delete(name);
    memo.set(name, m);
    return m;
  };
  const operations: QueryShape['operations'] = [];
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const m = measureSet(def.selectionSet, true);
    operations.push({ name: def.name?.value ?? null, fields: m.fields, depth: m.depth, width: m.widest });
  }
  // Fragments spread by no operation still count for their syntax.
  for (const name of fragments.keys()) measureFragment(name);
  return { fragments: fragments.size, spreads, aliases, operations };
}

/** The first limit a document breaks, as a Chinese message, or null. */
export function shapeProblem(shape: QueryShape): string | null {
  if (shape.fragments > MAX_FRAGMENTS) return `片段过多（${shape.fragments} 个，上限 ${MAX_FRAGMENTS} 个）`;
  if (shape.spreads > MAX_FRAGMENT_SPREADS)
    return `片段引用过多（${shape.spreads} 处，上限 ${MAX_FRAGMENT_SPREADS} 处）`;
  if (shape.aliases > MAX_ALIASES) return `别名过多（${shape.aliases} 个，上限 ${MAX_ALIASES} 个）`;
  for (const op of shape.operations) {
    if (op.fields > MAX_EXPANDED_FIELDS) return `查询展开后字段过多（超过 ${MAX_EXPANDED_FIELDS} 个），请拆分查询`;
    if (op.depth > MAX_DEPTH) return `查询嵌套过深（${op.depth} 层，上限 ${MAX_DEPTH} 层）`;
    if (op.width > MAX_SELECTION_WIDTH) return `同一层选择的字段过多（超过 ${MAX_SELECTION_WIDTH} 个），请拆分查询`;
  }
  return null;
}

const EMPTY_DOCUMENT: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] };

function shapeLimits(context: ValidationContext): ASTVisitor {
  return {
    Document(doc) {
      const problem = shapeProblem(measureQuery(doc));
      if (!problem) return undefined;
      context.reportError(new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT' } }));
      // graphql's visitor API: returning a node replaces the one being visited, so the rules that run after this
      // one (and graphql's own, in the same parallel visit, below the root) see an empty document.
      return EMPTY_DOCUMENT;
    },
  };
}

/**
 * Apollo runs these after graphql's specified rules in one parallel visit; at the root (Document) node graphql's
 * rules do only constant or linear work, and `shapeLimits` is the last visitor there, so a refused query goes no
 * further.
 */
export const validationRules: ValidationRule[] = [shapeLimits];
