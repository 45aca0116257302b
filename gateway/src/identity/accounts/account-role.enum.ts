import { ROLES, type Role } from '@consilium/subgraph-kit';
import { registerEnumType } from 'type-graphql';

/** The roles of DESIGN.md §1 as a GraphQL enum (values equal the token's role names). */
export const AccountRole = Object.fromEntries(ROLES.map((role) => [role, role])) as {
  [R in Role]: R;
};
registerEnumType(AccountRole, { name: 'AccountRole', description: 'What an account may do.' });
