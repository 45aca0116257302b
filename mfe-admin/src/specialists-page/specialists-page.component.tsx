import { useQuery } from '@apollo/client/react';
import { LoadMoreButton, PartialDataNotice, QueryStatus, TableRegion } from '@consilium/web-kit';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SpecialistProfileFieldsFragment } from '../gql/graphql';
import { EMPTY_PROFILE, valuesOf } from './profile-values';
import { SpecialistProfileForm, type SavedProfile } from './specialist-profile-form.component';
import { SPECIALIST_PROFILES } from './specialist-queries';
import { SpecialistRow } from './specialist-row.component';
import './specialist-strings';

/** The address of the Accounts page with a specialist's sign-in account ready to create. */
function accountFormFor(profile: SavedProfile): string {
  const query = new URLSearchParams({
    role: 'SPECIALIST',
    specialistId: profile.id,
    name: profile.fullName,
  });
  return `/accounts?${query.toString()}`;
}

/**
 * "Specialists": every profile, listed or not (or only those awaiting verification), with
 * verifying, listing and delisting, editing a profile, and onboarding a new specialist — after
 * which the page offers to create their sign-in account.
 */
export function SpecialistsPage(): ReactElement {
  const { t } = useTranslation('admin');
  const [awaiting, setAwaiting] = useState(false);
  const [status, setStatus] = useState('');
  const [onboarded, setOnboarded] = useState<SavedProfile | null>(null);
  const [editing, setEditing] = useState<SpecialistProfileFieldsFragment | null>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);
  const { data, loading, error, fetchMore, refetch } = useQuery(SPECIALIST_PROFILES, {
    variables: { awaitingVerification: awaiting },
    fetchPolicy: 'cache-and-network',
  });
  useEffect(() => {
    if (editing) editHeading.current?.focus();
  }, [editing]);
  if (!data) {
    return (
      <QueryStatus
        title={t('specialists')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const { edges, pageInfo } = data.specialistProfiles;
  return (
    <section aria-labelledby="specialists-title" className="page">
      <h1 id="specialists-title">{t('specialists')}</h1>
      <PartialDataNotice error={error} />
      <p className="muted">{t('spec.intro')}</p>
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            checked={awaiting}
            onChange={(event) => setAwaiting(event.target.checked)}
          />{' '}
          {t('spec.awaitingFilter')}
        </label>
      </div>
      <p role="status">{status}</p>
      {edges.length === 0 ? (
        <p>{awaiting ? t('spec.noneAwaiting') : t('spec.none')}</p>
      ) : (
        <TableRegion labelledBy="specialists-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('specialty')}</th>
                <th scope="col">{t('city')}</th>
                <th scope="col">{t('registration')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('action')}</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <SpecialistRow
                  key={node.id}
                  data={node}
                  onEdit={(profile) => {
                    setOnboarded(null);
                    setEditing(profile);
                  }}
                  onDone={(message) => {
                    setStatus(message);
                    void refetch();
                  }}
                />
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {pageInfo.hasNextPage && (
        <LoadMoreButton
          onLoadMore={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
        />
      )}
      {editing ? (
        <section aria-labelledby="edit-specialist-title" className="card">
          <h2 id="edit-specialist-title" ref={editHeading} tabIndex={-1}>
            {t('spec.editTitle', { name: editing.fullName })}
          </h2>
          <SpecialistProfileForm
            key={editing.id}
            titleId="edit-specialist-title"
            initial={valuesOf(editing)}
            specialistId={editing.id}
            onSaved={(profile) => {
              setEditing(null);
              setStatus(t('spec.savedDone', { name: profile.fullName }));
            }}
            onCancel={() => setEditing(null)}
          />
        </section>
      ) : (
        <section aria-labelledby="onboard-title" className="card">
          <h2 id="onboard-title">{t('spec.onboardTitle')}</h2>
          {onboarded && (
            <div role="status" className="notice">
              <p>{t('spec.onboardedDone', { name: onboarded.fullName })}</p>
              <p>
                <Link to={accountFormFor(onboarded)}>
                  {t('spec.createAccount', { name: onboarded.fullName })}
                </Link>
              </p>
            </div>
          )}
          <SpecialistProfileForm
            key={onboarded?.id ?? 'new'}
            titleId="onboard-title"
            initial={EMPTY_PROFILE}
            onSaved={setOnboarded}
          />
        </section>
      )}
    </section>
  );
}
