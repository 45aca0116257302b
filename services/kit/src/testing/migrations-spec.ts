import type { Service } from '../service/define-service';
import { schemaDrift } from './schema-drift';
import { startTestService } from './test-service';

/**
 * Declares the test every service carries: its checked-in migrations, applied to an empty
 * database of the current dialect, give exactly the schema its entities describe.
 * @param service - the service under test
 */
export function describeMigrations(service: Service): void {
  describe(`${service.definition.name} migrations`, () => {
    it('bring an empty database exactly to what the entities describe', async () => {
      const started = await startTestService(service, false);
      try {
        expect(await started.orm.getMigrator().getPendingMigrations()).toEqual([]);
        expect(await schemaDrift(started.orm)).toEqual([]);
      } finally {
        await started.stop();
      }
    });
  });
}
