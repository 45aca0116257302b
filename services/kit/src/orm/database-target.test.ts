import path from 'node:path';
import { resolveDatabaseTarget } from './database-target';

describe('Choosing a service database', () => {
  it('uses an SQLite file named after the service under DATA_DIR by default', () => {
    expect(resolveDatabaseTarget('patient-intake', { DATA_DIR: '/srv/consilium' })).toEqual({
      dialect: 'sqlite',
      dbName: path.join('/srv/consilium', 'patient-intake.sqlite'),
    });
  });

  it('falls back to ./data when DATA_DIR is not set', () => {
    expect(resolveDatabaseTarget('billing', {})).toEqual({
      dialect: 'sqlite',
      dbName: path.resolve('data', 'billing.sqlite'),
    });
  });

  it('gives each service its own PostgreSQL database when DATABASE_URL is set', () => {
    const target = resolveDatabaseTarget('specialist-matching', {
      DATABASE_URL: 'postgres://consilium:secret@db.internal:5432/consilium',
    });
    expect(target).toEqual({
      dialect: 'postgresql',
      clientUrl: 'postgres://consilium:secret@db.internal:5432/consilium_specialist_matching',
      dbName: 'consilium_specialist_matching',
    });
  });

  it('takes a service-specific URL exactly as given', () => {
    const target = resolveDatabaseTarget('records', {
      DATABASE_URL: 'postgres://a@h/consilium',
      RECORDS_DATABASE_URL: 'postgres://r@records-db/records_prod',
    });
    expect(target).toEqual({
      dialect: 'postgresql',
      clientUrl: 'postgres://r@records-db/records_prod',
      dbName: 'records_prod',
    });
  });
});
