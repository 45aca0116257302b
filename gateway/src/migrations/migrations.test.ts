import { describeMigrations } from '@consilium/subgraph-kit/testing';
import { identity } from '../identity/identity-service';

describeMigrations(identity);
