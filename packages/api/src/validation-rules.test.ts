import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Kind, parse, type DocumentNode } from 'graphql';
import { MAX_EXPANDED_FIELDS, MAX_SELECTION_WIDTH, measureQuery, shapeProblem } from './validation-rules.js';

/** Every operation of the admin app, with the fragments it spreads (as the client sends it). */
function adminDocuments(): DocumentNode[] {
  const source = readFileSync(new URL('../../../apps/admin/src/gql/gql.ts', import.meta.url), 'utf8');
  const texts = [...source.matchAll(/^ {4}"((?:\\.|[^"\\])*)": typeof/gmu)].map(
    (m) => JSON.parse(`"${m[1]!}"`) as string,
  );
  const fragments = texts.filter((t) => t.trim().startsWith('fragment'));
  return texts
    .filter((t) => !t.trim().startsWith('fragment'))
    .map((op) => {
      const doc = parse([op, ...fragments].join('\n'), { noLocation: true });
      // Only the fragments the operation uses, transitively (graphql refuses unused ones).
      const defs = new Map(
        doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
      );
      const used = new Set<string>();
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        const n = node as { kind?: string; name?: { value: string } };
        if (n.kind === Kind.FRAGMENT_SPREAD && n.name && !used.has(n.name.value)) {
          used.add(n.name.value);
          visit(defs.get(n.name.value));
        }
        for (const v of Object.values(node)) if (v && typeof v === 'object') visit(v);
      };
      visit(doc.definitions[0]);
      return { ...doc, definitions: [doc.definitions[0]!, ...[...used].map((u) => defs.get(u)!)] };
    });
}

describe('query shape limits', () => {
  it('let every query of the admin app through, with room to spare', () => {
    const docs = adminDocuments();
    expect(docs.length).toBeGreaterThan(40);
    for (const doc of docs) {
      const shape = measureQuery(doc);
      expect(shapeProblem(shape)).toBeNull();
      for (const op of shape.operations) {
        expect(op.fields).toBeLessThan(MAX_EXPANDED_FIELDS / 2);
        expect(op.width).toBeLessThan(MAX_SELECTION_WIDTH / 2);
      }
    }
  });

  it('measures a fragment once, however many paths reach it', () => {
    const n = 60;
    const frags = Array.from(
      { length: n },
      (_, i) => `fragment F${i} on Agency { ${i + 1 < n ? `...F${i + 1} ...F${i + 1}` : 'id'} }`,
    ).join('\n');
    const shape = measureQuery(parse(`{ agencies { ...F0 } }\n${frags}`));
    expect(shape.operations[0]!.fields).toBe(MAX_EXPANDED_FIELDS + 1); // saturated, not 2⁶⁰
    expect(shape.spreads).toBe(2 * (n - 1) + 1);
  });

  it('counts a fragment’s fields into the width of the set it is spread into', () => {
    const shape = measureQuery(
      parse(
        `{ agencies { id ...A ...B } } fragment A on Agency { code name } fragment B on Agency { kind ... on Agency { id } }`,
      ),
    );
    expect(shape.operations[0]).toMatchObject({ fields: 6, width: 5, depth: 2 });
  });
});
