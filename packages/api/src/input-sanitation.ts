/**
 * Input sanitation at the boundary, for every operation: before anything runs (access checks included, which
 * look objects up by the arguments), every string an operation is given — literals in the document and variable
 * values, nested in input objects, lists and JSON arguments, and object keys of JSON values — is checked, and
 * one that cannot be stored (NUL U+0000, an unpaired UTF-16 surrogate; `invalidTextProblem` in
 * packages/domain) refuses the request with BAD_USER_INPUT naming the argument path:
 * 「参数 input.name 含有不允许的字符（空字符 U+0000）」, extensions `{ code: 'BAD_USER_INPUT', field: 'input.name' }`.
 * Without it PostgreSQL answers such text with an error, and the request with INTERNAL_SERVER_ERROR.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getVariableValues,
  type GraphQLSchema,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';
import {
  findInvalidText,
  invalidInputMessage,
  invalidTextProblem,
  pathWithKey,
  type InvalidInput,
} from '@gongkai/domain';
import type { Context } from './context.js';
import { MAX_VARIABLE_DEPTH, jsonDepth, nestingProblem } from './request-limits.js';

export interface InputProblem {
  message: string;
  /** The argument path: `input.name`, `holidays[2]`, `json.cells`; `$name` for a variable no argument uses. */
  field: string;
}

// Depth is not this check's business (request-limits.ts refuses deep variables); the walk is iterative anyway.
const NO_DEPTH_LIMIT = Number.POSITIVE_INFINITY;

function problemOf(found: InvalidInput | null, prefix = '参数 '): InputProblem | null {
  return found ? { message: invalidInputMessage(found, prefix), field: found.path } : null;
}

/** A literal of the document (strings and the object field names around them). */
function literalProblem(
  node: ValueNode,
  path: string,
  variableValue: (name: string, path: string) => InputProblem | null,
): InputProblem | null {
  switch (node.kind) {
    case Kind.STRING:
      return problemOf(findInvalidText(node.value, path, NO_DEPTH_LIMIT));
    case Kind.LIST:
      for (const [i, v] of node.values.entries()) {
        const p = literalProblem(v, `${path}[${i}]`, variableValue);
        if (p) return p;
      }
      return null;
    case Kind.OBJECT:
      for (const f of node.fields) {
        const p = literalProblem(f.value, pathWithKey(path, f.name.value), variableValue);
        if (p) return p;
      }
      return null;
    case Kind.VARIABLE:
      return variableValue(node.name.value, path);
    default:
      return null; // numbers, booleans, enums, null: checked by GraphQL's own coercion
  }
}

/**
 * The first string an operation is given that cannot be stored, named by its argument path; null when all are
 * fine. `variables` are the request's raw variables: those the operation uses are named by the argument that
 * uses them; every other one (undeclared variables still reach the audit log's generic entry) by `$name`.
 */
export function inputProblem(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): InputProblem | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const definitions = new Map<string, VariableDefinitionNode>(
    (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d]),
  );
  const variableValue = (name: string, path: string): InputProblem | null => {
    if (Object.prototype.hasOwnProperty.call(variables, name))
      return problemOf(findInvalidText(variables[name], path, NO_DEPTH_LIMIT));
    const fallback = definitions.get(name)?.defaultValue;
    return fallback ? literalProblem(fallback, path, () => null) : null;
  };

  const seenFragments = new Set<string>();
  const walk = (set: SelectionSetNode): InputProblem | null => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        for (const arg of sel.arguments ?? []) {
          const p = literalProblem(arg.value, arg.name.value, variableValue);
          if (p) return p;
        }
        if (sel.selectionSet) {
          const p = walk(sel.selectionSet);
          if (p) return p;
        }
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const p = walk(sel.selectionSet);
        if (p) return p;
      } else if (!seenFragments.has(sel.name.value)) {
        seenFragments.add(sel.name.value);
        const frag = fragments.get(sel.name.value);
        const p = frag ? walk(frag.selectionSet) : null;
        if (p) return p;
      }
    }
    return null;
  };
  const inArguments = walk(operation.selectionSet);
  if (inArguments) return inArguments;
  // Variables no argument names (unused by this operation, or not declared at all).
  for (const [name, value] of Object.entries(variables)) {
    const badName = invalidTextProblem(name);
    if (badName) return { message: `变量名含有不允许的字符（${badName}）`, field: '' };
    const found = findInvalidText(value, `$${name}`, NO_DEPTH_LIMIT);
    if (found) return problemOf(found, '变量 ');
  }
  return null;
}

/**
 * Variables that do not fit their declared types (null for `String!`, 2³¹ for `Int`), refused here with the
 * messages execution would give: the access checks read argument values before execution coerces them, and
 * graphql's getArgumentValues throws a code-less error (an INTERNAL_SERVER_ERROR) on such raw values.
 */
export function variableTypeProblem(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): InputProblem | null {
  // Too deep to coerce safely: the request plugin refuses it with its own message (request-limits.ts).
  if (jsonDepth(variables) > MAX_VARIABLE_DEPTH) return null;
  let result: ReturnType<typeof getVariableValues>;
  try {
    result = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  } catch {
    return null;
  }
  const error = result.errors?.[0];
  if (!error) return null;
  const name = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)"/u.exec(error.message)?.[1] ?? '';
  return { message: `变量 $${name} 的值不符合类型：${error.message}`, field: name };
}

export function badInputError(problem: InputProblem): GraphQLError {
  // 400 like any other request refused for its input before it runs (request-limits, variable coercion).
  return new GraphQLError(problem.message, {
    extensions: { code: 'BAD_USER_INPUT', field: problem.field, http: { status: 400 } },
  });
}

/**
 * The plugin. Put it before `requestPlugin()`: Apollo starts every plugin's `didResolveOperation` together
 * (`Promise.all(listeners.map(...))`), so the order alone would not stop the request plugin's access checks from
 * running SQL with the refused value. This hook is therefore deliberately not `async`: it throws synchronously,
 * which leaves the `map` before the request plugin's hook is called at all (sanitation tests check that no SQL
 * runs).
 */
export function inputSanitationPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
      return {
        didResolveOperation({ operation, document, request, schema }): Promise<void> {
          if (operation) {
            // Too deep to walk or coerce: refused first, before any walk visits every level.
            const tooDeep = nestingProblem(request.variables ?? {});
            if (tooDeep)
              throw new GraphQLError(tooDeep, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            const problem =
              inputProblem(document, operation, request.variables ?? {}) ??
              variableTypeProblem(schema, operation, request.variables ?? {});
            if (problem) throw badInputError(problem);
          }
          return Promise.resolve();
        },
      };
    },
  };
}
