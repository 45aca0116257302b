import { useMutation } from '@apollo/client/react';
import { FormError, FormField, type FormErrors, type Viewer } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { serverFailure } from '../form-parts/field-problems';
import { usePageForm } from '../form-parts/form-parts';
import { CLAIM_REFERRAL } from './referral-claim-queries';
import './referral-claim-strings';

/**
 * `/referral?code=…`: a patient referred by a partner organisation (issue 10) enters the code of
 * their invitation (prefilled from its link) and the draft case started for them becomes theirs
 * (`claimReferral`); they land on its page to complete it.
 * @param props.viewer - who is signed in (only a patient account claims)
 */
export function ReferralClaimPage({ viewer }: { viewer: Viewer }): ReactElement {
  const { t } = useTranslation('patient');
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [claim] = useMutation(CLAIM_REFERRAL);
  const navigate = useNavigate();
  const form = usePageForm();
  return (
    <section className="page" aria-labelledby="referral-title">
      <h1 id="referral-title">{t('referral.title')}</h1>
      <p>{t('referral.explain')}</p>
      {!viewer.roles.includes('PATIENT') ? (
        <p role="alert">{t('referral.onlyPatients')}</p>
      ) : (
        <form
          ref={form.formRef}
          noValidate
          className="card"
          onSubmit={(event) => {
            event.preventDefault();
            if (!code.trim()) {
              form.showErrors({
                fields: { 'referral-code': t('referral.codeRequired') },
                form: null,
              });
              return;
            }
            void form.submit(
              async () => {
                const result = await claim({ variables: { code: code.trim() } });
                const claimed = result.data?.claimReferral;
                if (claimed) await navigate(`/cases/${claimed.id}`);
              },
              (error): FormErrors => {
                const failure = serverFailure(error);
                if (failure.code === 'BAD_USER_INPUT' && failure.field === 'code') {
                  return { fields: { 'referral-code': failure.message }, form: null };
                }
                if (failure.code === 'FORBIDDEN') return { fields: {}, form: failure.message };
                if (failure.code !== 'NETWORK') console.error('Consilium: claiming failed', error);
                return { fields: {}, form: t('error.UNEXPECTED') };
              },
            );
          }}
        >
          <FormError id="referral-error" message={form.errors.form} />
          <FormField
            id="referral-code"
            label={t('referral.code')}
            hint={t('referral.codeHint')}
            value={code}
            onChange={setCode}
            autoComplete="one-time-code"
            verbatim
            required
            error={form.errors.fields['referral-code']}
          />
          <p>
            <button type="submit" disabled={form.busy}>
              {t('referral.claim')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
