import 'reflect-metadata';
import path from 'node:path';
import { ConsiliumEntity, defineService, type Service } from '@consilium/subgraph-kit';
import { CaseQuoteResolver } from './case/case-quote.resolver';
import { CaseReference } from './case/case.type';
import { createContext } from './context.type';
import { seedDemo } from './demo/demo-seed';
import { postgresqlMigrations } from './migrations/postgresql';
import { sqliteMigrations } from './migrations/sqlite';
import { ensureInitialPriceList } from './price-list/initial-price-list';
import { PriceListEntry } from './price-list/price-list-entry.entity';
import { PriceList } from './price-list/price-list.entity';
import { PriceListResolver } from './price-list/price-list.resolver';
import { Quote } from './quote/quote.entity';
import { billingHandlers } from './quote/quote.handlers';

/** billing: owns price lists and quotes, extends `Case` with `quote` (port 4003). */
export const billing: Service = defineService({
  name: 'billing',
  packageDir: path.resolve(__dirname, '..'),
  defaultPort: 4003,
  entities: [ConsiliumEntity, PriceList, PriceListEntry, Quote],
  migrations: { sqlite: sqliteMigrations, postgresql: postgresqlMigrations },
  resolvers: [PriceListResolver, CaseQuoteResolver],
  entityStubs: [CaseReference],
  createContext,
  eventHandlers: billingHandlers,
  seedBaseline: ensureInitialPriceList,
  seedDemo,
});
