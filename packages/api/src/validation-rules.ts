/**
 * Limits on query shape, checked before execution: depth and aliases (cost is checked in request-plugin.ts).
 */
import { GraphQLError, Kind, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';

export const MAX_DEPTH = 12;
export const MAX_ALIASES = 30;

function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(context.getDocument().definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
    const depthOf = (node: { selectionSet?: { selections: readonly unknown[] } }, seen: Set<string>): number => {
      if (!node.selectionSet) return 0;
      let deepest = 0;
      for (const sel of node.selectionSet.selections as Array<{ kind: string; name?: { value: string }; selectionSet?: { selections: readonly unknown[] } }>) {
        if (sel.kind === Kind.FIELD) deepest = Math.max(deepest, 1 + depthOf(sel, seen));
        else if (sel.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(sel, seen));
        else if (sel.kind === Kind.FRAGMENT_SPREAD && sel.name && !seen.has(sel.name.value)) {
          const frag = fragments.get(sel.name.value);
          if (frag) deepest = Math.max(deepest, depthOf(frag, new Set([...seen, sel.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(op) {
        const depth = depthOf(op, new Set());
        if (depth > max) {
          context.reportError(new GraphQLError(`查询嵌套过深（${depth} 层，上限 ${max} 层）`, { nodes: [op], extensions: { code: 'BAD_USER_INPUT' } }));
        }
      },
    };
  };
}

function aliasLimit(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node) {
        if (node.alias) count++;
      },
      Document: {
        leave() {
          if (count > max) context.reportError(new GraphQLError(`别名过多（${count} 个，上限 ${max} 个）`, { extensions: { code: 'BAD_USER_INPUT' } }));
        },
      },
    };
  };
}

export const validationRules: ValidationRule[] = [depthLimit(MAX_DEPTH), aliasLimit(MAX_ALIASES)];
