import { describeMigrations } from '@consilium/subgraph-kit/testing';
import { patientIntake } from '../index';

describeMigrations(patientIntake);
