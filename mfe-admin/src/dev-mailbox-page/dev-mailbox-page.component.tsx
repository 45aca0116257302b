import { useQuery } from '@apollo/client/react';
import { formatDateTime, PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';

const DEV_MAILBOX = graphql(`
  query DevMailbox {
    devMailbox(first: 50) {
      id
      channel
      recipient
      language
      subject
      body
      createdAt
      sentAt
    }
  }
`);

/**
 * "Mailbox": the emails and SMS written to patients, newest first. In the embedded default
 * nothing leaves the platform, so this is where they can be read.
 */
export function DevMailboxPage(): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const { data, loading, error, refetch } = useQuery(DEV_MAILBOX, { fetchPolicy: 'network-only' });
  if (!data) {
    return (
      <QueryStatus
        title={t('mailbox')}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
  return (
    <section aria-labelledby="mailbox-title" className="page">
      <h1 id="mailbox-title">{t('mailbox')}</h1>
      <PartialDataNotice error={error} />
      <p className="muted">{t('mailboxIntro')}</p>
      {data.devMailbox.length === 0 ? (
        <p>{t('mailboxEmpty')}</p>
      ) : (
        <ul className="card-list">
          {data.devMailbox.map((message) => (
            <li key={message.id}>
              <article className="card" aria-labelledby={`message-${message.id}`}>
                <h2 id={`message-${message.id}`}>
                  {message.channel === 'EMAIL' ? message.subject : t('sms')} · {message.recipient}
                </h2>
                <p lang={message.language}>{message.body}</p>
                <p className="muted">
                  {formatDateTime(message.createdAt, i18n.language)} ·{' '}
                  {message.sentAt ? t('sent') : t('notSent')}
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
