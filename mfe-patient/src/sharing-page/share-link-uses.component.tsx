import { describeUserAgent, formatDateTime } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShareLinksQuery } from '../gql/graphql';
import './sharing-strings';

type ShareLinkUse = ShareLinksQuery['shareLinks'][number]['uses'][number];

/** One use of a link: what happened, when, from which address and browser. */
function UseText({ use }: { use: ShareLinkUse }): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const ip = use.ipAddress || t('sharing.unknownAddress');
  const where = use.userAgent ? `${ip} (${describeUserAgent(use.userAgent)})` : ip;
  return (
    <>{t(`sharing.use.${use.outcome}`, { time: formatDateTime(use.at, i18n.language), where })}</>
  );
}

/**
 * Who used a link: every opening, download and refusal, newest first ("Opened on 30 Nov 2026,
 * 10:15 am from 10.0.0.5 (Chrome 140, Linux)").
 */
export function ShareLinkUses(props: {
  headingId: string;
  uses: readonly ShareLinkUse[];
}): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <>
      <h4 id={props.headingId}>{t('sharing.usesTitle')}</h4>
      {props.uses.length === 0 ? (
        <p>{t('sharing.noUses')}</p>
      ) : (
        <ol aria-labelledby={props.headingId}>
          {props.uses.map((use) => (
            <li key={use.id} className={use.outcome.startsWith('REFUSED') ? 'refused' : undefined}>
              <UseText use={use} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
