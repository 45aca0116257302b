import fs from 'node:fs';
import path from 'node:path';
import { composeSupergraph, SCHEMA_DIR, unacceptedHints } from './compose';

describe('The composed schema', () => {
  let composition: Awaited<ReturnType<typeof composeSupergraph>>;

  beforeAll(async () => {
    composition = await composeSupergraph();
  });

  it('composes the five subgraphs without errors', () => {
    expect(composition.errors).toEqual([]);
    expect(Object.keys(composition.files)).toEqual([
      'patient-intake.graphql',
      'specialist-matching.graphql',
      'billing.graphql',
      'records.graphql',
      'identity.graphql',
      'supergraph.graphql',
    ]);
  });

  it('reports no composition hint that has not been read and accepted', () => {
    expect(unacceptedHints(composition.hints)).toEqual([]);
  });

  it.each([
    'patient-intake.graphql',
    'specialist-matching.graphql',
    'billing.graphql',
    'records.graphql',
    'supergraph.graphql',
  ])(
    'has schema/%s committed exactly as the code prints it (run `pnpm compose` if not)',
    (name) => {
      const committed = fs.readFileSync(path.join(SCHEMA_DIR, name), 'utf8');
      expect(committed).toBe(composition.files[name]);
    },
  );

  it('joins one field from each subgraph on Case', () => {
    const supergraph = composition.files['supergraph.graphql'] ?? '';
    for (const field of [
      'patient: Patient!',
      'panel: Panel',
      'quote: Quote',
      'documents: [Document!]!',
    ]) {
      expect(supergraph).toContain(field);
    }
  });
});
