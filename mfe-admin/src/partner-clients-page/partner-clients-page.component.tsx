import { useMutation, useQuery } from '@apollo/client/react';
import { formatDateTime, PartialDataNotice, QueryStatus, TableRegion } from '@consilium/web-kit';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../confirm-action-button';
import { graphql } from '../gql';

const PARTNER_CLIENTS = graphql(`
  query PartnerClients {
    partnerClients {
      id
      name
      clientId
      partnerId
      scopes
      createdAt
      revokedAt
    }
  }
`);

const CREATE = graphql(`
  mutation CreatePartnerClient($input: CreatePartnerClientInput!) {
    createPartnerClient(input: $input) {
      clientSecret
      client {
        id
        clientId
      }
    }
  }
`);

const REVOKE = graphql(`
  mutation RevokePartnerClient($id: ID!) {
    revokePartnerClient(id: $id) {
      id
      revokedAt
    }
  }
`);

/**
 * The scopes a partner can be given (issue "Identity and access"), with the key of their label
 * (i18next reads `:` in a key as a namespace separator, so scopes are not keys themselves).
 */
const SCOPES = [
  ['cases:refer', 'scope.refer'],
  ['cases:read-status', 'scope.readStatus'],
  ['reports:read', 'scope.reportsRead'],
] as const;

/** "Partner API": partner organisations' OAuth2 clients; a new secret is shown once. */
export function PartnerClientsPage(): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const { data, loading, error, refetch } = useQuery(PARTNER_CLIENTS, {
    fetchPolicy: 'network-only',
  });
  const [create, created] = useMutation(CREATE);
  const [revoke] = useMutation(REVOKE);
  const [issued, setIssued] = useState<{ clientId: string; clientSecret: string } | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void create({
      variables: {
        input: {
          name: String(form.get('name') ?? '').trim(),
          scopes: form.getAll('scopes').map(String),
        },
      },
    }).then((result) => {
      const made = result.data?.createPartnerClient;
      if (made) {
        setIssued({ clientId: made.client.clientId, clientSecret: made.clientSecret });
        void refetch();
      }
    });
  };

  if (!data) {
    return (
      <QueryStatus
        title={t('partnerClients')}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
  return (
    <section aria-labelledby="partners-title" className="page">
      <h1 id="partners-title">{t('partnerClients')}</h1>
      <PartialDataNotice error={error} />
      <p className="muted">{t('partnerClientsIntro')}</p>
      {data.partnerClients.length === 0 ? (
        <p>{t('noPartnerClients')}</p>
      ) : (
        <TableRegion labelledBy="partners-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('organisation')}</th>
                <th scope="col">client_id</th>
                <th scope="col">{t('scopes')}</th>
                <th scope="col">{t('created')}</th>
                <th scope="col">{t('action')}</th>
              </tr>
            </thead>
            <tbody>
              {data.partnerClients.map((client) => (
                <tr key={client.id}>
                  <th scope="row">{client.name}</th>
                  <td>
                    <code>{client.clientId}</code>
                  </td>
                  <td>{client.scopes.join(' ')}</td>
                  <td>{formatDateTime(client.createdAt, i18n.language)}</td>
                  <td>
                    {client.revokedAt ? (
                      t('revokedOn', { time: formatDateTime(client.revokedAt, i18n.language) })
                    ) : (
                      <ConfirmActionButton
                        label={t('revoke')}
                        objectName={client.name}
                        question={t('confirmRevoke', { name: client.name })}
                        onConfirmed={() =>
                          void revoke({ variables: { id: client.id } }).then(() => refetch())
                        }
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <form onSubmit={submit} aria-labelledby="add-partner-title" className="auth-page">
        <h2 id="add-partner-title">{t('addPartnerClient')}</h2>
        {created.error ? (
          <div role="alert" className="form-error">
            <p>{created.error.message}</p>
          </div>
        ) : null}
        {issued ? (
          <div role="status" className="card">
            <p>{t('secretShownOnce')}</p>
            <p>
              client_id: <code>{issued.clientId}</code>
            </p>
            <p>
              client_secret: <code>{issued.clientSecret}</code>
            </p>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="partner-name">{t('organisation')}</label>
          <input id="partner-name" name="name" required />
        </div>
        <fieldset>
          <legend>{t('scopes')}</legend>
          {SCOPES.map(([scope, labelKey]) => (
            <div className="choice" key={scope}>
              <input
                type="checkbox"
                id={`scope-${scope}`}
                name="scopes"
                value={scope}
                defaultChecked={scope === 'cases:read-status'}
              />
              <label htmlFor={`scope-${scope}`}>
                <code>{scope}</code> — {t(labelKey)}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" disabled={created.loading}>
          {t('addPartnerClient')}
        </button>
      </form>
    </section>
  );
}
