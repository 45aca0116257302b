import { useMutation, useQuery } from '@apollo/client/react';
import { FormError, FormField, formatDateTime, type FormErrors } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../form-parts/choice-fields';
import { serverFailure } from '../form-parts/field-problems';
import { usePageForm } from '../form-parts/form-parts';
import {
  PARTNER_SHARING,
  REVOKE_PARTNER_ACCESS,
  SHARE_CASE_WITH_PARTNER,
} from './partner-sharing-queries';
import './partner-sharing-strings';

/**
 * "Share with an organisation" on the case page (issue 10): the patient's side chooses an insurer,
 * employer or hospital from identity's partner organisations, whether it may also download the
 * final report, and shares (`shareCaseWithPartner`); the organisations it is shared with are
 * listed, each with a button to stop sharing (`revokePartnerAccess`).
 * @param props.caseId - the case
 * @param props.onChanged - called after a share or a revocation (the page's timeline shows it)
 */
export function PartnerSharing({
  caseId,
  onChanged,
}: {
  caseId: string;
  onChanged: () => void;
}): ReactElement | null {
  const { t, i18n } = useTranslation('patient');
  const { data, refetch } = useQuery(PARTNER_SHARING, { variables: { caseId } });
  const [share] = useMutation(SHARE_CASE_WITH_PARTNER);
  const [revoke] = useMutation(REVOKE_PARTNER_ACCESS);
  const [partnerId, setPartnerId] = useState('');
  const [includeReport, setIncludeReport] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const form = usePageForm();
  if (!data) return null;
  const shares = data.case.partnerShares;
  const organisations = data.partnerOrganisations;
  const nameOf = (id: string): string => organisations.find((org) => org.id === id)?.name ?? '';
  const failed = (error: unknown): FormErrors => {
    const failure = serverFailure(error);
    if (failure.code === 'BAD_USER_INPUT' && failure.field === 'partnerId') {
      return { fields: { 'partner-organisation': failure.message }, form: null };
    }
    if (failure.code === 'FORBIDDEN' || failure.code === 'NOT_FOUND') {
      return { fields: {}, form: failure.message };
    }
    if (failure.code !== 'NETWORK') console.error('Consilium: sharing failed', error);
    return { fields: {}, form: t('error.UNEXPECTED') };
  };
  return (
    <section aria-labelledby="partner-sharing-title">
      <h2 id="partner-sharing-title">{t('partners.title')}</h2>
      <p>{t('partners.explain')}</p>
      {status && (
        <p role="status" className="card">
          {status}
        </p>
      )}
      <h3>{t('partners.current')}</h3>
      {shares.length === 0 ? (
        <p className="muted">{t('partners.none')}</p>
      ) : (
        <ul id="partner-shares">
          {shares.map((current) => (
            <li key={current.id}>
              <strong>{current.organisation.name}</strong>:{' '}
              {current.includeReport ? t('partners.withReport') : t('partners.statusOnly')},{' '}
              {t('partners.since', { date: formatDateTime(current.grantedAt, i18n.language) })}{' '}
              <button
                type="button"
                className="secondary"
                disabled={form.busy}
                onClick={() => {
                  const name = current.organisation.name;
                  if (!window.confirm(t('partners.revokeConfirm', { name }))) return;
                  void form.submit(async () => {
                    await revoke({ variables: { caseId, partnerId: current.organisation.id } });
                    setStatus(t('partners.revoked', { name }));
                    await refetch();
                    onChanged();
                  }, failed);
                }}
              >
                {t('partners.revoke', { name: current.organisation.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {organisations.length === 0 ? (
        <p className="muted">{t('partners.noOrganisations')}</p>
      ) : (
        <form
          ref={form.formRef}
          noValidate
          className="card"
          aria-labelledby="partner-sharing-title"
          onSubmit={(event) => {
            event.preventDefault();
            if (!partnerId) {
              form.showErrors({
                fields: { 'partner-organisation': t('partners.chooseFirst') },
                form: null,
              });
              return;
            }
            void form.submit(async () => {
              await share({ variables: { caseId, partnerId, includeReport } });
              setStatus(t('partners.shared', { name: nameOf(partnerId) }));
              setPartnerId('');
              setIncludeReport(false);
              await refetch();
              onChanged();
            }, failed);
          }}
        >
          <FormError id="partner-sharing-error" message={form.errors.form} />
          <FormField
            id="partner-organisation"
            label={t('partners.organisation')}
            value={partnerId}
            onChange={setPartnerId}
            options={[
              { value: '', label: t('partners.choose') },
              ...organisations.map((org) => ({ value: org.id, label: org.name })),
            ]}
            error={form.errors.fields['partner-organisation']}
          />
          <CheckboxField
            id="partner-include-report"
            label={t('partners.includeReport')}
            hint={t('partners.includeReportHint')}
            checked={includeReport}
            onChange={setIncludeReport}
          />
          <p>
            <button type="submit" disabled={form.busy}>
              {t('partners.share')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
