import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { billing } from '@consilium/billing';
import { identity } from '@consilium/gateway';
import { patientIntake } from '@consilium/patient-intake';
import { records } from '@consilium/records';
import { specialistMatching } from '@consilium/specialist-matching';
import gql from 'graphql-tag';

/** The folder holding the committed SDL files (`schema/`). */
export const SCHEMA_DIR = path.resolve(__dirname, '..');

/** The five subgraphs in composition order, with the URL written into the supergraph. */
export const SUBGRAPHS = [
  { name: 'patient-intake', service: patientIntake, url: 'http://localhost:4001/graphql' },
  {
    name: 'specialist-matching',
    service: specialistMatching,
    url: 'http://localhost:4002/graphql',
  },
  { name: 'billing', service: billing, url: 'http://localhost:4003/graphql' },
  { name: 'records', service: records, url: 'http://localhost:4004/graphql' },
  { name: 'identity', service: identity, url: 'http://localhost:4005/graphql' },
] as const;

/** A composition hint, as reported by @apollo/composition. */
export interface Hint {
  code: string;
  message: string;
}

/** Everything `pnpm compose` writes, keyed by file name under `schema/`. */
export interface Composition {
  files: Record<string, string>;
  errors: string[];
  hints: Hint[];
}

/**
 * Prints every subgraph's SDL and composes the supergraph offline (no network, no Rover).
 * @returns file contents (`<service>.graphql`, `supergraph.graphql`), errors and hints
 */
export async function composeSupergraph(): Promise<Composition> {
  const files: Record<string, string> = {};
  const definitions = [];
  for (const subgraph of SUBGRAPHS) {
    const { sdl } = await subgraph.service.buildSchema();
    files[`${subgraph.name}.graphql`] = sdl;
    definitions.push({ name: subgraph.name, url: subgraph.url, typeDefs: gql(sdl) });
  }
  const result = composeServices(definitions);
  const hints = (result.hints ?? []).map((hint) => ({
    code: hint.definition.code,
    message: hint.message,
  }));
  if (result.errors) {
    return { files, errors: result.errors.map((error) => error.message), hints };
  }
  files['supergraph.graphql'] = `${result.supergraphSdl.trim()}\n`;
  return { files, errors: [], hints };
}

/**
 * Hints a person has read and accepted, from `schema/accepted-hints.json`.
 * @returns accepted hints (code and exact message)
 */
export function readAcceptedHints(): Hint[] {
  const file = path.join(SCHEMA_DIR, 'accepted-hints.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Hint[]) : [];
}

/**
 * The hints of a composition that nobody has accepted yet.
 * @param hints - the composition's hints
 * @returns the hints missing from `accepted-hints.json`
 */
export function unacceptedHints(hints: Hint[]): Hint[] {
  const accepted = new Set(readAcceptedHints().map((hint) => `${hint.code}\n${hint.message}`));
  return hints.filter((hint) => !accepted.has(`${hint.code}\n${hint.message}`));
}
