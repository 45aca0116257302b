import { describeMigrations } from '@consilium/subgraph-kit/testing';
import { records } from '../index';

describeMigrations(records);
