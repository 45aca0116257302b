import { useMutation } from '@apollo/client/react';
import { formatDateTime, mutationProblem } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShareLinksQuery } from '../gql/graphql';
import { ShareLinkUses } from './share-link-uses.component';
import { caseLabel, REVOKE_SHARE_LINK, shareLinkStatus, type SharingCase } from './sharing-queries';
import './sharing-strings';

type ShareLink = ShareLinksQuery['shareLinks'][number];

/** One link: for whom, what, until when, where it stands, its uses, and Revoke while it works. */
function ShareLinkCard(props: {
  link: ShareLink;
  cases: readonly SharingCase[];
  onRevoke: (link: ShareLink) => void;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const { link } = props;
  const status = shareLinkStatus(link);
  const headingId = `share-link-${link.id}`;
  const sharedCase = props.cases.find((found) => found.id === link.caseId);
  const what =
    link.scope === 'CASE'
      ? sharedCase
        ? t('sharing.scopeOneCase', { label: caseLabel(sharedCase, t, i18n.language) })
        : t('sharing.scope.CASE')
      : t('sharing.scope.HEALTH_RECORD');
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{link.recipientEmail}</h3>
      <dl className="facts">
        <dt>{t('sharing.what')}</dt>
        <dd>{what}</dd>
        <dt>{t('sharing.created')}</dt>
        <dd>{formatDateTime(link.createdAt, i18n.language)}</dd>
        <dt>{t('sharing.expires')}</dt>
        <dd>{formatDateTime(link.expiresAt, i18n.language)}</dd>
        <dt>{t('status')}</dt>
        <dd>
          <span className={status === 'active' ? 'badge ok' : 'badge warn'}>
            {status === 'revoked'
              ? t('sharing.status.revoked', {
                  time: formatDateTime(link.revokedAt!, i18n.language),
                })
              : t(`sharing.status.${status}`)}
          </span>
          {link.requiresCode && ` ${t('sharing.withCodeShort')}`}
        </dd>
      </dl>
      {status === 'active' && (
        <p>
          <button type="button" className="secondary" onClick={() => props.onRevoke(link)}>
            {t('sharing.revoke')}
            <span className="visually-hidden">
              {' '}
              {t('sharing.revokeFor', { email: link.recipientEmail })}
            </span>
          </button>
        </p>
      )}
      <ShareLinkUses headingId={`${headingId}-uses`} uses={link.uses} />
    </article>
  );
}

/**
 * "Your links": every link the patient gave, newest first, with its uses (who saw the record
 * through a link, and every refused attempt), and Revoke (after asking) for those that work.
 */
export function ShareLinks(props: {
  links: readonly ShareLink[];
  cases: readonly SharingCase[];
  onRefresh: () => void;
}): ReactElement {
  const { t } = useTranslation('patient');
  const [revoke] = useMutation(REVOKE_SHARE_LINK);
  const [notice, setNotice] = useState<{ failed: boolean; text: string } | null>(null);

  const onRevoke = (link: ShareLink): void => {
    setNotice(null);
    if (!window.confirm(t('sharing.confirmRevoke', { email: link.recipientEmail }))) return;
    revoke({ variables: { id: link.id } })
      .then(() =>
        setNotice({ failed: false, text: t('sharing.revoked', { email: link.recipientEmail }) }),
      )
      .catch((failure: unknown) => {
        if (mutationProblem(failure).code !== 'NETWORK') {
          console.error('Consilium: revoking a share link failed', failure);
        }
        setNotice({
          failed: true,
          text: t('sharing.error.revokeFailed'),
        });
      });
  };

  return (
    <section aria-labelledby="share-links-title">
      <h2 id="share-links-title">{t('sharing.linksTitle')}</h2>
      <p>{t('sharing.linksIntro')}</p>
      <p>
        <button type="button" className="secondary" onClick={props.onRefresh}>
          {t('sharing.refresh')}
        </button>
      </p>
      <div role="status">{notice && !notice.failed ? <p>{notice.text}</p> : null}</div>
      {notice?.failed && (
        <div role="alert" className="error">
          <p>{notice.text}</p>
        </div>
      )}
      {props.links.length === 0 ? (
        <p>{t('sharing.noLinks')}</p>
      ) : (
        <ul className="card-list">
          {props.links.map((link) => (
            <li key={link.id}>
              <ShareLinkCard link={link} cases={props.cases} onRevoke={onRevoke} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
