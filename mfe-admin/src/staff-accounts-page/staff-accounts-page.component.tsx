import { useMutation, useQuery } from '@apollo/client/react';
import {
  formatDateTime,
  LoadMoreButton,
  PartialDataNotice,
  QueryStatus,
  TableRegion,
  useViewer,
} from '@consilium/web-kit';
import { useEffect, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ConfirmActionButton } from '../confirm-action-button';
import { graphql } from '../gql';
import type { AccountRole } from '../gql/graphql';
import '../erasure-requests-page/erasure-admin-strings';

const ACCOUNTS = graphql(`
  query StaffAccounts($role: AccountRole, $after: String) {
    accounts(role: $role, first: 50, after: $after) {
      edges {
        node {
          id
          displayName
          email
          phone
          roles
          specialistId
          createdAt
          disabledAt
          lockedUntil
          emailVerifiedAt
          phoneVerifiedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const SPECIALIST_CHOICES = graphql(`
  query SpecialistChoices {
    specialistProfiles(first: 100) {
      edges {
        node {
          id
          fullName
          specialty
        }
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
      email
    }
  }
`);

const DISABLE = graphql(`
  mutation DisableAccount($id: ID!) {
    disableAccount(id: $id) {
      id
      disabledAt
    }
  }
`);

const STAFF_ROLES: AccountRole[] = ['SPECIALIST', 'GP', 'OPERATIONS', 'COMPLIANCE'];

/**
 * Empties the form's typed fields after an account was added (the role stays chosen, for adding
 * several of a kind).
 * @param form - the add form
 */
function clearFields(form: HTMLFormElement): void {
  const cleared: [string, string][] = [
    ['displayName', ''],
    ['email', ''],
    ['phone', ''],
    ['specialistId', ''],
    ['language', 'en'],
  ];
  for (const [name, value] of cleared) {
    const control = form.elements.namedItem(name);
    if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) {
      control.value = value;
    }
  }
}

/**
 * The form that adds a specialist, GP or operations account; a code to set a password is sent.
 * Opened from a just-onboarded specialist (`?role=SPECIALIST&specialistId=…&name=…`), it starts
 * filled in with their name and profile.
 */
function AddStaffAccount({ onAdded }: { onAdded: () => void }): ReactElement {
  const { t } = useTranslation('admin');
  const [search] = useSearchParams();
  const preset = {
    role: search.get('role'),
    specialistId: search.get('specialistId') ?? '',
    name: search.get('name') ?? '',
  };
  const [role, setRole] = useState<AccountRole>(
    STAFF_ROLES.find((value) => value === preset.role) ?? 'SPECIALIST',
  );
  const [done, setDone] = useState<string | null>(null);
  const specialists = useQuery(SPECIALIST_CHOICES, { skip: role !== 'SPECIALIST' });
  useEffect(() => {
    if (preset.specialistId) document.getElementById('add-staff-title')?.scrollIntoView();
  }, [preset.specialistId]);
  const [create, { loading, error }] = useMutation(CREATE);
  const problem = error?.message;
  const field = (
    (error as { errors?: { extensions?: { field?: string } }[] } | undefined)?.errors?.[0]
      ?.extensions?.field ?? ''
  ).replace('input.', '');

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const text = (name: string): string => String(form.get(name) ?? '').trim();
    // A new attempt: the message about an earlier account no longer applies.
    setDone(null);
    create({
      variables: {
        input: {
          role,
          displayName: text('displayName'),
          email: text('email'),
          phone: text('phone') || null,
          specialistId: role === 'SPECIALIST' ? text('specialistId') || null : null,
          language: text('language') || 'en',
        },
      },
    })
      .then((result) => {
        if (result.data) {
          setDone(result.data.createStaffAccount.email);
          clearFields(element);
          onAdded();
        }
      })
      .catch(() => {
        // The refusal is shown from the mutation's `error` (next to the field it names).
      });
  };

  const described = (name: string) =>
    field === name ? { 'aria-invalid': true, 'aria-describedby': `staff-${name}-error` } : {};
  const errorFor = (name: string) =>
    field === name ? (
      <p id={`staff-${name}-error`} className="field-error">
        {problem}
      </p>
    ) : null;

  return (
    <form onSubmit={submit} aria-labelledby="add-staff-title" className="auth-page">
      <h2 id="add-staff-title">{t('addStaffAccount')}</h2>
      {problem && !field ? (
        <div role="alert" className="form-error">
          <p>{problem}</p>
        </div>
      ) : null}
      {done ? <p role="status">{t('staffAccountCreated', { email: done })}</p> : null}
      <div className="field">
        <label htmlFor="staff-role">{t('role')}</label>
        <select
          id="staff-role"
          value={role}
          onChange={(event) => setRole(event.target.value as AccountRole)}
        >
          {STAFF_ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`role.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="staff-displayName">{t('fullName')}</label>
        {errorFor('displayName')}
        <input
          id="staff-displayName"
          name="displayName"
          required
          defaultValue={preset.name}
          {...described('displayName')}
        />
      </div>
      <div className="field">
        <label htmlFor="staff-email">{t('email')}</label>
        {errorFor('email')}
        <input id="staff-email" name="email" type="email" required {...described('email')} />
      </div>
      <div className="field">
        <label htmlFor="staff-phone">{t('phoneOptional')}</label>
        {errorFor('phone')}
        <input id="staff-phone" name="phone" type="tel" {...described('phone')} />
      </div>
      {role === 'SPECIALIST' ? (
        <div className="field">
          <label htmlFor="staff-specialistId">{t('specialistProfile')}</label>
          {errorFor('specialistId')}
          <select
            id="staff-specialistId"
            name="specialistId"
            required
            key={specialists.data ? 'loaded' : 'loading'}
            defaultValue={preset.specialistId}
            {...described('specialistId')}
          >
            <option value="">{t('chooseSpecialist')}</option>
            {(specialists.data?.specialistProfiles.edges ?? []).map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.fullName} · {node.specialty}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="staff-language">{t('language')}</label>
        <select id="staff-language" name="language" defaultValue="en">
          <option value="en">English</option>
          <option value="hi">हिन्दी</option>
        </select>
      </div>
      <button type="submit" disabled={loading}>
        {t('addStaffAccount')}
      </button>
    </form>
  );
}

/** "Accounts": every account, newest first, with adding staff and disabling an account. */
export function StaffAccountsPage(): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const [role, setRole] = useState<AccountRole | ''>('');
  const { data, loading, error, refetch, fetchMore } = useQuery(ACCOUNTS, {
    variables: { role: role || null },
    fetchPolicy: 'network-only',
  });
  const [disable] = useMutation(DISABLE);
  const viewer = useViewer();
  if (!data) {
    return (
      <QueryStatus
        title={t('accounts')}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
  const { edges, pageInfo } = data.accounts;
  return (
    <section aria-labelledby="accounts-title" className="page">
      <h1 id="accounts-title">{t('accounts')}</h1>
      <PartialDataNotice error={error} />
      <div className="field toolbar">
        <label htmlFor="accounts-role">{t('showRole')}</label>
        <select
          id="accounts-role"
          value={role}
          onChange={(event) => setRole(event.target.value as AccountRole | '')}
        >
          <option value="">{t('allRoles')}</option>
          {(['PATIENT', 'PROXY', ...STAFF_ROLES] as AccountRole[]).map((value) => (
            <option key={value} value={value}>
              {t(`role.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <TableRegion labelledBy="accounts-title">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('fullName')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('contact')}</th>
              <th scope="col">{t('created')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('action')}</th>
            </tr>
          </thead>
          <tbody>
            {edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row">
                  {node.displayName}
                  <br />
                  <span className="muted">
                    <span className="visually-hidden">{t('accountId')}: </span>
                    <code>{node.id}</code>
                  </span>
                </th>
                <td>{node.roles.map((value) => t(`role.${value}`)).join(', ')}</td>
                <td>{[node.email, node.phone].filter(Boolean).join(' · ')}</td>
                <td>{formatDateTime(node.createdAt, i18n.language)}</td>
                <td>
                  {node.disabledAt
                    ? t('disabled')
                    : !node.emailVerifiedAt && !node.phoneVerifiedAt
                      ? t('unverified')
                      : node.lockedUntil && new Date(node.lockedUntil) > new Date()
                        ? t('lockedUntil', {
                            time: formatDateTime(node.lockedUntil, i18n.language),
                          })
                        : t('active')}
                </td>
                <td>
                  {node.disabledAt || node.id === viewer?.id ? null : (
                    <ConfirmActionButton
                      label={t('disable')}
                      objectName={node.displayName}
                      question={t('confirmDisable', { name: node.displayName })}
                      onConfirmed={() =>
                        void disable({ variables: { id: node.id } }).then(() => refetch())
                      }
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {pageInfo.hasNextPage ? (
        <LoadMoreButton
          onLoadMore={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
        />
      ) : null}
      <AddStaffAccount onAdded={() => void refetch()} />
    </section>
  );
}
