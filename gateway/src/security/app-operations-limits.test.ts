import fs from 'node:fs';
import { buildSchema, print, validate } from 'graphql';
import { GATEWAY_LIMITS, limitValidationRules, queryCost } from '@consilium/subgraph-kit';
import { SUPERGRAPH_PATH } from '../server/gateway-server';
import { appOperations, largestVariables } from './app-operations';

/** Lexical tokens of a document as graphql-js counts them for `maxTokens` (punctuators and names). */
function tokenCount(source: string): number {
  return (
    source.match(
      /\.\.\.|[!$&():=@[\]{|}]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[_A-Za-z]\w*|"(?:[^"\\]|\\.)*"/g,
    )?.length ?? 0
  );
}

describe('The operations the platform’s own clients send', () => {
  const schema = buildSchema(fs.readFileSync(SUPERGRAPH_PATH, 'utf8'), { assumeValidSDL: true });
  const operations = appOperations();

  it('are all found (the three apps, the partner client and the public pages)', () => {
    const apps = new Set(operations.map((operation) => operation.name.split(':')[0]));
    expect([...apps].sort()).toEqual(
      ['mfe-admin', 'mfe-doctor', 'mfe-patient', 'partner client', 'root-config'].sort(),
    );
    expect(operations.length).toBeGreaterThan(100);
  });

  it('stay within every gateway limit, at their largest (pages of 100, every @include on)', () => {
    const rules = limitValidationRules(GATEWAY_LIMITS);
    const over: string[] = [];
    const highest = { cost: 0, tokens: 0 };
    for (const { name, document } of operations) {
      for (const error of validate(schema, document, rules)) over.push(`${name}: ${error.message}`);
      const cost = queryCost(schema, document, largestVariables(schema, document));
      const tokens = tokenCount(print(document));
      if (cost > GATEWAY_LIMITS.maxCost) over.push(`${name}: cost ${cost}`);
      if (tokens > GATEWAY_LIMITS.maxTokens) over.push(`${name}: ${tokens} tokens`);
      highest.cost = Math.max(highest.cost, cost);
      highest.tokens = Math.max(highest.tokens, tokens);
    }
    expect(over).toEqual([]);
    // the limits leave room above what the apps need, and not a hundredfold
    expect(highest.cost).toBeGreaterThan(GATEWAY_LIMITS.maxCost / 100);
    process.stdout.write(`highest app operation: cost ${highest.cost}, ${highest.tokens} tokens\n`);
  });
});
