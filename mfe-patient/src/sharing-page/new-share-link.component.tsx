import { CopyField, formatDateTime } from '@consilium/web-kit';
import { useEffect, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedShareLink } from './share-form.component';
import './sharing-strings';

/**
 * The link just created, shown this once: the full address with a Copy button, and the one-time
 * code (when asked for), which the patient must give the doctor another way. Focus moves to it
 * when it appears, so a screen reader announces it.
 */
export function NewShareLink(props: { link: CreatedShareLink; onDone: () => void }): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { address, code, recipientEmail, expiresAt } = props.link;
  useEffect(() => headingRef.current?.focus(), [address]);
  return (
    <section className="card notice" aria-labelledby="new-link-title">
      <h2 id="new-link-title" tabIndex={-1} ref={headingRef}>
        {t('sharing.newTitle')}
      </h2>
      <p>
        {t('sharing.newIntro', {
          email: recipientEmail,
          date: formatDateTime(expiresAt, i18n.language),
        })}
      </p>
      <CopyField
        id="new-link-address"
        label={t('sharing.linkLabel')}
        value={address}
        copyLabel={t('sharing.copyLink')}
      />
      {code && (
        <p>
          {t('sharing.codeLabel')} <strong>{code}</strong>
          <br />
          <strong>{t('sharing.codeSeparately')}</strong>
        </p>
      )}
      <p>{t('sharing.shownOnce')}</p>
      <p>
        <button type="button" className="secondary" onClick={props.onDone}>
          {t('sharing.done')}
        </button>
      </p>
    </section>
  );
}
