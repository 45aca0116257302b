import type { EntityManager } from '@mikro-orm/core';
import { DEMO_IDS, type Role } from '@consilium/subgraph-kit';
import { Account } from '../accounts/account.entity';
import { hashPassword } from '../accounts/passwords';
import { PartnerClient } from '../partners/partner-client.entity';
import { ProxyAuthorization, ProxyRelationship } from '../proxies/proxy-authorization.entity';

/** The password of every demo account (printed by `pnpm start`; never in production data). */
export const DEMO_PASSWORD = 'Demo-Consilium-2026';

/** The demo people, one per role, tied to the demo case that the services seed. */
export const DEMO_ACCOUNTS: {
  id: string;
  displayName: string;
  email: string;
  phone?: string;
  roles: Role[];
  patientId?: string;
  specialistId?: string;
}[] = [
  {
    id: '019ad000-0000-7000-8000-000000002001',
    displayName: 'Kavita Deshpande',
    email: 'kavita.deshpande@example.org',
    phone: '+919000009001',
    roles: ['PATIENT'],
    patientId: DEMO_IDS.patient,
  },
  {
    id: '019ad000-0000-7000-8000-000000002002',
    displayName: 'Rahul Deshpande',
    email: 'rahul.deshpande@example.org',
    roles: ['PROXY'],
  },
  {
    id: '019ad000-0000-7000-8000-000000002003',
    displayName: 'Dr Sunanda Iyer',
    email: 'sunanda.iyer@consilium.example',
    roles: ['SPECIALIST'],
    specialistId: DEMO_IDS.specialists[0],
  },
  {
    id: '019ad000-0000-7000-8000-000000002004',
    displayName: 'Operations desk',
    email: 'ops@consilium.example',
    roles: ['OPERATIONS'],
  },
  {
    // reads what erasures kept sealed (the retention schedule), each read logged
    id: '019ad000-0000-7000-8000-000000002006',
    displayName: 'Compliance office',
    email: 'compliance@consilium.example',
    roles: ['COMPLIANCE'],
  },
  {
    // the GP who writes the demo case's summary (a party to the demo case in every service)
    id: DEMO_IDS.gpAccount,
    displayName: 'Dr Arvind Rao',
    email: 'dr.arvind.rao.gp@consilium.example',
    roles: ['GP'],
  },
];

/** The demo partner's API client (an insurer) and its secret. */
export const DEMO_PARTNER = {
  clientId: 'partner_demo_insurer',
  clientSecret: 'demo-partner-secret-2026',
  partnerId: '019ad000-0000-7000-8000-000000003001',
  name: 'Demo Health Insurance',
};

/**
 * Inserts the demo accounts (verified), Rahul's authorisation to act for his wife Kavita, and the
 * demo partner client. Idempotent.
 * @param em - a transaction
 */
export async function seedDemoAccounts(em: EntityManager): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of DEMO_ACCOUNTS) {
    if (await em.findOne(Account, { id: demo.id })) continue;
    em.create(Account, {
      id: demo.id,
      displayName: demo.displayName,
      email: demo.email,
      phone: demo.phone ?? null,
      passwordHash,
      roles: demo.roles,
      patientId: demo.patientId ?? null,
      specialistId: demo.specialistId ?? null,
      emailVerifiedAt: new Date('2026-11-01T00:00:00Z'),
    });
  }
  const [kavita, rahul] = DEMO_ACCOUNTS;
  if (!(await em.findOne(ProxyAuthorization, { proxyAccountId: rahul!.id }))) {
    em.create(ProxyAuthorization, {
      patientId: DEMO_IDS.patient,
      proxyAccountId: rahul!.id,
      proxyDisplayName: rahul!.displayName,
      patientDisplayName: kavita!.displayName,
      relationship: ProxyRelationship.SPOUSE,
      validFrom: new Date('2026-11-01T00:00:00Z'),
      grantedByAccountId: kavita!.id,
    });
  }
  if (!(await em.findOne(PartnerClient, { clientId: DEMO_PARTNER.clientId }))) {
    em.create(PartnerClient, {
      name: DEMO_PARTNER.name,
      partnerId: DEMO_PARTNER.partnerId,
      clientId: DEMO_PARTNER.clientId,
      secretHash: await hashPassword(DEMO_PARTNER.clientSecret),
      scopes: ['cases:refer', 'cases:read-status', 'reports:read'],
    });
  }
  await em.flush();
}
