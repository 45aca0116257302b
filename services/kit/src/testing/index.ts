export { createTestDatabase, type TestDatabase } from './test-database';
export { postGraphQL, type GraphQLResponse } from './graphql-client';
export { startTestService, selectsFrom, type TestService } from './test-service';
export { schemaDrift } from './schema-drift';
export { describeMigrations } from './migrations-spec';
export { representations, type Representation } from './representations';
export {
  startPlatformProcess,
  type PlatformProcess,
  type PlatformProcessOptions,
} from './platform-process';
export { startServiceProcess, type ServiceProcess } from './service-process';
export {
  testAuthorization,
  testJwks,
  verifyTestToken,
  TEST_VIEWERS,
  type TestViewer,
} from './test-tokens';
export { setDomainClock } from '../clock/domain-clock';
export { refusedField } from './refused-field';
