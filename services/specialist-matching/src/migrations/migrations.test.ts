import { describeMigrations } from '@consilium/subgraph-kit/testing';
import { specialistMatching } from '../index';

describeMigrations(specialistMatching);
