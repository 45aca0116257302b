import { useMutation, useQuery } from '@apollo/client/react';
import { consentSignatureSchema } from '@consilium/validation';
import { FormError, FormField, QueryStatus, type Viewer } from '@consilium/web-kit';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { CheckboxField } from '../form-parts/choice-fields';
import {
  formErrorsFrom,
  serverFailure,
  zodProblems,
  type FieldProblem,
} from '../form-parts/field-problems';
import { FormStatus, usePageForm } from '../form-parts/form-parts';
import { useFragment } from '../gql';
import { CONSENT_PAGE, LEGAL_DOCUMENT_FIELDS, SIGN_CONSENT } from './consent-queries';
import { LegalDocumentView } from './legal-document.component';
import { SignaturePadField, type SignatureSource } from './signature-pad.component';
import { signerWords, useSigner } from './signer';

/**
 * `/cases/:caseId/consent`: the privacy notice and the consent document in English or Hindi
 * (version, date, SHA-256, PDF to download before signing), then "I agree", the typed full name
 * and a drawn signature (or the typed name set as the signature), signed as the patient or as
 * their proxy. A consent text that changed meanwhile is loaded again to be read again.
 */
export function ConsentPage({ viewer }: { viewer: Viewer }): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const navigate = useNavigate();
  const { caseId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CONSENT_PAGE, {
    variables: { caseId },
    fetchPolicy: 'network-only',
  });
  const [signConsent] = useMutation(SIGN_CONSENT);
  const [language, setLanguage] = useState<'en' | 'hi'>(
    i18n.language.startsWith('hi') ? 'hi' : 'en',
  );
  const [agreed, setAgreed] = useState(false);
  const [typedName, setTypedName] = useState('');
  const [signature, setSignature] = useState<{ image: string; source: SignatureSource } | null>(
    null,
  );
  const [padKey, setPadKey] = useState(0);
  const [changedNotice, setChangedNotice] = useState<string | null>(null);
  const form = usePageForm();
  const signer = useSigner(viewer, data?.case.patient.id);

  useEffect(() => {
    if (changedNotice) document.getElementById('consent-changed')?.focus();
  }, [changedNotice]);

  if (!data) {
    return (
      <QueryStatus
        title={t('consent.title')}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
  const found = data.case;
  const consentDocument = useFragment(LEGAL_DOCUMENT_FIELDS, data.consentDocument);
  const privacyNotice = useFragment(LEGAL_DOCUMENT_FIELDS, data.privacyNotice);

  const toErrors = (problems: readonly FieldProblem[]): ReturnType<typeof formErrorsFrom> =>
    formErrorsFrom(
      problems.map((problem) => ({
        ...problem,
        field: problem.field.replace(/^input\./, 'consent.'),
      })),
      i18n.language,
      (id) => Boolean(form.formRef.current?.querySelector(`[id="${id}"]`)),
      t('consent.fixProblems'),
    );

  const onSubmit = (): void => {
    setChangedNotice(null);
    const signed = { typedFullName: typedName, signatureImage: signature?.image ?? '', agreed };
    const parsed = consentSignatureSchema.safeParse(signed, { reportInput: true });
    if (!parsed.success) return form.showErrors(toErrors(zodProblems(parsed.error, 'consent')));
    void form.submit(
      async () => {
        await signConsent({
          variables: {
            input: {
              caseId,
              documentVersion: consentDocument.version,
              documentSha256: consentDocument.sha256,
              privacyNoticeVersion: privacyNotice.version,
              privacyNoticeSha256: privacyNotice.sha256,
              ...signed,
            },
          },
        });
        navigate(`/cases/${caseId}`, { state: { consentSigned: true } });
      },
      (failure) => {
        const problem = serverFailure(failure);
        if (
          problem.code === 'CONFLICT' &&
          /documentVersion|documentSha256|privacyNotice/.test(problem.field ?? '')
        ) {
          // The text changed since it was shown: show the new one, to be read and agreed again.
          setAgreed(false);
          setSignature(null);
          setPadKey((key) => key + 1);
          void refetch().then((answer) => {
            const version = answer.data
              ? useFragment(LEGAL_DOCUMENT_FIELDS, answer.data.consentDocument).version
              : '';
            setChangedNotice(t('consent.changed', { version }));
          });
          return { fields: {}, form: null };
        }
        if (problem.code === 'BAD_USER_INPUT' && problem.problems.length > 0) {
          return toErrors(problem.problems);
        }
        if (problem.code === 'FORBIDDEN' || problem.code === 'CONFLICT') {
          return { fields: {}, form: problem.message };
        }
        if (problem.code !== 'NETWORK') console.error('Consilium: signing failed', failure);
        return { fields: {}, form: t('error.UNEXPECTED') };
      },
    );
  };

  return (
    <section aria-labelledby="consent-title" className="page">
      <p>
        <Link to={`/cases/${caseId}`}>{t('case.backToCase')}</Link>
      </p>
      <h1 id="consent-title">{t('consent.titleFor', { name: found.patient.fullName })}</h1>
      {!found.needsConsent ? (
        <p>{t('consent.notNeeded', { stage: t(`common:stage.${found.stage}`) })}</p>
      ) : (
        <>
          <p>{t('consent.intro')}</p>
          <div role="group" aria-label={t('consent.documentLanguage')} className="toolbar">
            <button
              type="button"
              className="secondary"
              aria-pressed={language === 'en'}
              onClick={() => setLanguage('en')}
              lang="en"
            >
              English
            </button>
            <button
              type="button"
              className="secondary"
              aria-pressed={language === 'hi'}
              onClick={() => setLanguage('hi')}
              lang="hi"
            >
              हिन्दी
            </button>
          </div>
          {changedNotice && (
            <div id="consent-changed" role="alert" className="error" tabIndex={-1}>
              <p>{changedNotice}</p>
            </div>
          )}
          <LegalDocumentView id="privacy-notice" data={data.privacyNotice} language={language} />
          <LegalDocumentView
            id="consent-document"
            data={data.consentDocument}
            language={language}
          />
          <form
            ref={form.formRef}
            noValidate
            aria-labelledby="sign-title"
            className="auth-page"
            onSubmit={(event) => {
              event.preventDefault();
              onSubmit();
            }}
          >
            <h2 id="sign-title">{t('consent.signTitle')}</h2>
            <FormError id="consent-error" message={form.errors.form} />
            <p>
              {t('consent.signingAs')}{' '}
              <strong id="consent-signer">
                {signer.relationship
                  ? signerWords(t, signer.relationship, found.patient.fullName)
                  : t('common:loading')}
              </strong>
            </p>
            <CheckboxField
              id="consent-agreed"
              label={t('consent.agree', { version: consentDocument.version })}
              checked={agreed}
              onChange={setAgreed}
              error={form.errors.fields['consent-agreed']}
            />
            <FormField
              id="consent-typedFullName"
              label={t('consent.typedName')}
              hint={t('consent.typedNameHint')}
              value={typedName}
              onChange={setTypedName}
              autoComplete="name"
              required
              error={form.errors.fields['consent-typedFullName']}
            />
            <SignaturePadField
              key={padKey}
              id="consent-signatureImage"
              typedName={typedName}
              onChange={(drawn) => {
                setSignature(drawn);
                if (drawn) form.clearError('consent-signatureImage');
              }}
              error={form.errors.fields['consent-signatureImage']}
            />
            <FormStatus>
              {signature ? (
                <p className="muted">
                  {signature.source === 'drawn'
                    ? t('consent.signedDrawn')
                    : t('consent.signedTyped')}
                </p>
              ) : null}
            </FormStatus>
            <p>
              <button type="submit" disabled={form.busy}>
                {t('consent.sign')}
              </button>
            </p>
            <FormStatus>
              {form.busy ? <p className="muted">{t('consent.signing')}</p> : null}
            </FormStatus>
          </form>
        </>
      )}
    </section>
  );
}
