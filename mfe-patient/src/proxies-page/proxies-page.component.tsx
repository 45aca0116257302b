import { useMutation, useQuery } from '@apollo/client/react';
import {
  formatDateTime,
  mutationProblem,
  PartialDataNotice,
  QueryStatus,
  refreshSession,
  TableRegion,
  type Viewer,
} from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { ProxyAuthorizationsQuery } from '../gql/graphql';
import { AuthorizeProxyForm } from './authorize-proxy-form.component';
import { RegisterDependentForm } from './dependents.component';
import { grantStatus, PROXY_AUTHORIZATIONS } from './proxy-authorizations';

const REVOKE_PROXY_AUTHORIZATION = graphql(`
  mutation RevokeProxyAuthorization($id: ID!) {
    revokeProxyAuthorization(id: $id) {
      id
      revokedAt
    }
  }
`);

type Grant = ProxyAuthorizationsQuery['proxyAuthorizations'][number];

/**
 * The viewer's own patient record: of the patients they may act for, the one they do not act
 * for through an authorisation they hold.
 * @param viewer - a patient
 * @param grants - the authorisations the viewer can see
 * @returns the patient id, or null
 */
function ownPatientId(viewer: Viewer, grants: readonly Grant[]): string | null {
  if (!viewer.roles.includes('PATIENT')) return null;
  const held = new Set(
    grants.filter((grant) => grant.proxyAccountId === viewer.id).map((grant) => grant.patientId),
  );
  return viewer.patientIds.find((patientId) => !held.has(patientId)) ?? null;
}

/** The status cell of an authorisation. */
function StatusText({ grant }: { grant: Grant }): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const status = grantStatus(grant);
  return (
    <>
      {status === 'revoked'
        ? t('status.revoked', { time: formatDateTime(grant.revokedAt!, i18n.language) })
        : t(`status.${status}`)}
    </>
  );
}

/**
 * A table of authorisations: the other person's name, relationship, validity and status, and
 * (when `onRevoke` is given) a button that revokes an authorisation in force, after asking.
 */
function GrantTable(props: {
  titleId: string;
  grants: readonly Grant[];
  nameLabel: string;
  nameOf: (grant: Grant) => string;
  onRevoke?: (grant: Grant) => void;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  return (
    <TableRegion labelledBy={props.titleId}>
      <table>
        <thead>
          <tr>
            <th scope="col">{props.nameLabel}</th>
            <th scope="col">{t('relationship')}</th>
            <th scope="col">{t('validFrom')}</th>
            <th scope="col">{t('validUntil')}</th>
            <th scope="col">{t('status')}</th>
            {props.onRevoke ? <th scope="col">{t('action')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.grants.map((grant) => (
            <tr key={grant.id}>
              <th scope="row">{props.nameOf(grant)}</th>
              <td>{t(`relationship.${grant.relationship}`)}</td>
              <td>{formatDateTime(grant.validFrom, i18n.language)}</td>
              <td>
                {grant.validUntil ? formatDateTime(grant.validUntil, i18n.language) : t('noEnd')}
              </td>
              <td>
                <StatusText grant={grant} />
              </td>
              {props.onRevoke ? (
                <td>
                  {grantStatus(grant) === 'revoked' ? null : (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => {
                        const name = props.nameOf(grant);
                        if (window.confirm(t('confirmRevoke', { name }))) props.onRevoke?.(grant);
                      }}
                    >
                      {t('revoke')}
                      <span className="visually-hidden"> {props.nameOf(grant)}</span>
                    </button>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

/**
 * "People who can act for me": for a patient, who may act for them (authorise someone by email
 * or phone, revoke); for anyone, the people they act for and a form to register someone they
 * care for (a child, or an adult who cannot act). The session is renewed after each change, so
 * the patients the viewer may act for are up to date.
 */
export function ProxiesPage({ viewer }: { viewer: Viewer }): ReactElement {
  const { t } = useTranslation('patient');
  const { data, loading, error, refetch } = useQuery(PROXY_AUTHORIZATIONS, {
    fetchPolicy: 'cache-and-network',
  });
  const [revoke] = useMutation(REVOKE_PROXY_AUTHORIZATION);
  const [revokeNotice, setRevokeNotice] = useState<{ failed: boolean; text: string } | null>(null);
  const isPatient = viewer.roles.includes('PATIENT');
  const title = isPatient ? t('proxiesTitle') : t('caredForTitle');
  if (!data) {
    return (
      <QueryStatus
        title={title}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
  const grants = data.proxyAuthorizations;
  const own = ownPatientId(viewer, grants);
  const forMe = grants.filter((grant) => own !== null && grant.patientId === own);
  const held = grants.filter((grant) => grant.proxyAccountId === viewer.id);

  const onRevoke = (grant: Grant): void => {
    setRevokeNotice(null);
    revoke({ variables: { id: grant.id } })
      .then(() => {
        setRevokeNotice({ failed: false, text: t('revoked', { name: grant.proxyDisplayName }) });
        // Tokens carry the patients one acts for: take a fresh one, then show the list anew.
        void refreshSession().then(() => refetch().catch(() => undefined));
      })
      .catch((failure: unknown) => {
        if (mutationProblem(failure).code !== 'NETWORK') {
          console.error('Consilium: revoking failed', failure);
        }
        setRevokeNotice({
          failed: true,
          text: t('error.revokeFailed', { name: grant.proxyDisplayName }),
        });
      });
  };

  return (
    <section aria-labelledby="proxies-title" className="page">
      <h1 id="proxies-title">{title}</h1>
      <PartialDataNotice error={error} />
      {own !== null && (
        <>
          <p>{t('proxiesIntro')}</p>
          {revokeNotice ? (
            revokeNotice.failed ? (
              <div role="alert" className="error">
                <p>{revokeNotice.text}</p>
              </div>
            ) : (
              <p role="status">{revokeNotice.text}</p>
            )
          ) : null}
          {forMe.length === 0 ? (
            <p>{t('noProxies')}</p>
          ) : (
            <GrantTable
              titleId="proxies-title"
              grants={forMe}
              nameLabel={t('proxyName')}
              nameOf={(grant) => grant.proxyDisplayName}
              onRevoke={onRevoke}
            />
          )}
          <AuthorizeProxyForm patientId={own} onAuthorized={() => void refetch()} />
        </>
      )}
      {held.length > 0 && (
        <>
          <h2 id="acting-for-title">{t('actingForTitle')}</h2>
          <GrantTable
            titleId="acting-for-title"
            grants={held}
            nameLabel={t('patientName')}
            nameOf={(grant) => grant.patientDisplayName}
          />
        </>
      )}
      <RegisterDependentForm viewer={viewer} onRegistered={() => void refetch()} />
    </section>
  );
}
