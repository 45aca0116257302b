import { describeMigrations } from '@consilium/subgraph-kit/testing';
import { billing } from '../index';

describeMigrations(billing);
