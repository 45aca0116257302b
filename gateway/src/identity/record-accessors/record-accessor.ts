import {
  createEntityLoader,
  ForbiddenError,
  hasRole,
  loaderOptions,
  referenceId,
  requireViewer,
  type BaseContext,
} from '@consilium/subgraph-kit';
import DataLoader from 'dataloader';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Account } from '../accounts/account.entity';
import { PartnerClient } from '../partners/partner-client.entity';
import { ProxyAuthorization, ProxyRelationship } from '../proxies/proxy-authorization.entity';

/** What someone who reached a patient's record is to that patient. */
export enum AccessorRole {
  /** the patient's own account */
  PATIENT = 'PATIENT',
  /** someone the patient authorised (now or earlier) to act for them */
  PROXY = 'PROXY',
  SPECIALIST = 'SPECIALIST',
  GP = 'GP',
  OPERATIONS = 'OPERATIONS',
  /** a partner organisation's API client */
  PARTNER = 'PARTNER',
  /** an account with no tie to the patient (another patient's, say): its details stay hidden */
  UNRELATED = 'UNRELATED',
}
registerEnumType(AccessorRole, {
  name: 'AccessorRole',
  description: 'What someone who reached a patient’s record is to that patient.',
});

/**
 * Someone who reached a patient's record, as the patient's side is shown them ("Who saw my
 * record"): the services' audit logs keep only account ids; the name and role live here, once.
 * Staff (specialists, GPs, operations) and partners are named; the patient's own account and
 * their proxies are named; anyone else is UNRELATED with no name — another patient's details are
 * never shown.
 */
@Directive('@key(fields: "accountId patientId")')
@ObjectType('RecordAccessor', {
  description: 'Someone who reached a patient’s record (resolved by the identity service).',
})
export class RecordAccessor {
  @Field(() => ID)
  accountId!: string;

  @Field(() => ID)
  patientId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Their name; null for an account with no tie to the patient.',
  })
  displayName!: string | null;

  @Field(() => AccessorRole)
  role!: AccessorRole;

  @Field(() => ProxyRelationship, {
    nullable: true,
    description: 'For a proxy: what they are to the patient (e.g. SPOUSE).',
  })
  proxyRelationship!: ProxyRelationship | null;

  @Field(() => Boolean, { description: 'Whether this is the caller.' })
  isYou!: boolean;
}

/**
 * The per-request loaders of accessor look-ups (one query per kind per request; one per look-up
 * when `DATALOADER_BATCHING=off`, see loaderOptions).
 */
interface AccessorLoaders {
  accounts: DataLoader<string, Account | undefined>;
  partners: DataLoader<string, PartnerClient | undefined>;
  proxies: DataLoader<string, ProxyAuthorization | undefined>;
}

const loadersByRequest = new WeakMap<BaseContext, AccessorLoaders>();

function loadersOf(ctx: BaseContext): AccessorLoaders {
  let loaders = loadersByRequest.get(ctx);
  if (!loaders) {
    loaders = {
      accounts: createEntityLoader(ctx.em, Account),
      partners: createEntityLoader(ctx.em, PartnerClient),
      // key: `<patientId> <proxyAccountId>`; the latest authorisation, revoked or not (an earlier
      // proxy's accesses keep their name)
      proxies: new DataLoader<string, ProxyAuthorization | undefined>(async (keys) => {
        const pairs = keys.map((key) => key.split(' ') as [string, string]);
        const rows = await ctx.em.find(
          ProxyAuthorization,
          {
            patientId: { $in: [...new Set(pairs.map(([patientId]) => patientId))] },
            proxyAccountId: { $in: [...new Set(pairs.map(([, accountId]) => accountId))] },
          },
          { orderBy: { createdAt: 'asc' } },
        );
        const latest = new Map(rows.map((row) => [`${row.patientId} ${row.proxyAccountId}`, row]));
        return keys.map((key) => latest.get(key));
      }, loaderOptions()),
    };
    loadersByRequest.set(ctx, loaders);
  }
  return loaders;
}

/** Staff roles in the order one is named when an account has several. */
const STAFF_ROLES = [AccessorRole.SPECIALIST, AccessorRole.GP, AccessorRole.OPERATIONS] as const;

/**
 * Resolves `RecordAccessor` references (from the access logs of patient-intake and records) for
 * the patient's side of that patient, or operations staff.
 * @throws UNAUTHENTICATED; FORBIDDEN for anyone else
 */
export const recordAccessorReference = {
  __resolveReference: async (
    reference: { accountId: string; patientId: string },
    ctx: BaseContext,
  ): Promise<RecordAccessor> => {
    const viewer = requireViewer(ctx);
    const accountId = referenceId({ id: reference.accountId });
    const patientId = referenceId({ id: reference.patientId });
    const patientSide =
      (hasRole(viewer, 'PATIENT') || hasRole(viewer, 'PROXY')) &&
      viewer.patientIds.includes(patientId);
    if (!patientSide && !hasRole(viewer, 'OPERATIONS')) {
      throw new ForbiddenError('Only the patient’s side sees who reached their record.');
    }
    const answer = (
      role: AccessorRole,
      displayName: string | null,
      proxyRelationship: ProxyRelationship | null = null,
    ): RecordAccessor => ({
      accountId,
      patientId,
      displayName,
      role,
      proxyRelationship,
      isYou: viewer.accountId === accountId,
    });
    const loaders = loadersOf(ctx);
    const account = await loaders.accounts.load(accountId);
    if (!account) {
      const partner = await loaders.partners.load(accountId);
      return partner
        ? answer(AccessorRole.PARTNER, partner.name)
        : answer(AccessorRole.UNRELATED, null);
    }
    if (account.patientId === patientId) return answer(AccessorRole.PATIENT, account.displayName);
    const proxy = await loaders.proxies.load(`${patientId} ${accountId}`);
    if (proxy) return answer(AccessorRole.PROXY, account.displayName, proxy.relationship);
    const staff = STAFF_ROLES.find((role) => account.roles.includes(role));
    if (staff) return answer(staff, account.displayName);
    return answer(AccessorRole.UNRELATED, null);
  },
};
