import { useMutation } from '@apollo/client/react';
import { FormError, FormField, mutationProblem, type MutationProblem } from '@consilium/web-kit';
import { DOCUMENT_KINDS } from '@consilium/validation';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind } from '../gql/graphql';
import { CHANGE_DOCUMENT, REMOVE_DOCUMENT } from './upload-queries';
import './document-actions-strings';

/**
 * Rename, refile or remove one uploaded report, while the case is not yet consented (the
 * records service refuses afterwards, and says why). Removing asks for confirmation first.
 */
export function DocumentActions(props: {
  id: string;
  title: string;
  kind: DocumentKind;
  onChanged: () => void;
}): ReactElement {
  const { t } = useTranslation('patient');
  const [mode, setMode] = useState<'idle' | 'editing' | 'confirmRemove'>('idle');
  const [title, setTitle] = useState(props.title);
  const [kind, setKind] = useState<DocumentKind>(props.kind);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [change, changing] = useMutation(CHANGE_DOCUMENT);
  const [remove, removing] = useMutation(REMOVE_DOCUMENT);
  const idBase = `document-${props.id}`;

  const save = async (): Promise<void> => {
    setProblem(null);
    try {
      await change({ variables: { id: props.id, changes: { title, kind } } });
      setMode('idle');
      props.onChanged();
    } catch (error) {
      setProblem(mutationProblem(error));
    }
  };
  const confirmRemove = async (): Promise<void> => {
    setProblem(null);
    try {
      await remove({ variables: { id: props.id } });
      props.onChanged();
    } catch (error) {
      setProblem(mutationProblem(error));
    }
  };

  if (mode === 'editing') {
    return (
      // Not a <form>: the list sits inside the intake wizard's form, and forms cannot nest.
      <div
        className="document-actions"
        role="group"
        aria-label={t('documentActions.edit')}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
            event.preventDefault();
            void save();
          }
        }}
      >
        <FormField
          id={`${idBase}-name`}
          label={t('documentActions.name')}
          value={title}
          onChange={(value) => {
            setTitle(value);
            setProblem(null);
          }}
          required
          error={problem?.field === 'changes.title' ? t('documentActions.nameRule') : null}
        />
        <FormField
          id={`${idBase}-kind`}
          label={t('documentActions.kind')}
          value={kind}
          onChange={(value) => setKind(value as DocumentKind)}
          options={DOCUMENT_KINDS.map((option) => ({
            value: option,
            label: t(`common:documentKind.${option}`),
          }))}
        />
        <FormError
          id={`${idBase}-problem`}
          message={problem && problem.field !== 'changes.title' ? problem.message : null}
        />
        <p>
          <button type="button" disabled={changing.loading} onClick={() => void save()}>
            {t('documentActions.save')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setMode('idle')}>
            {t('documentActions.cancel')}
          </button>
        </p>
      </div>
    );
  }
  if (mode === 'confirmRemove') {
    return (
      <div className="document-actions notice" role="alertdialog" aria-labelledby={`${idBase}-q`}>
        <p id={`${idBase}-q`}>{t('documentActions.removeQuestion', { title: props.title })}</p>
        <FormError id={`${idBase}-problem`} message={problem?.message ?? null} />
        <p>
          <button
            type="button"
            className="danger"
            disabled={removing.loading}
            onClick={() => void confirmRemove()}
          >
            {t('documentActions.removeConfirm')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setMode('idle')}>
            {t('documentActions.keep')}
          </button>
        </p>
      </div>
    );
  }
  return (
    <p className="document-actions">
      <button type="button" className="link" onClick={() => setMode('editing')}>
        {t('documentActions.edit')}
        <span className="visually-hidden"> {props.title}</span>
      </button>{' '}
      <button type="button" className="link" onClick={() => setMode('confirmRemove')}>
        {t('documentActions.remove')}
        <span className="visually-hidden"> {props.title}</span>
      </button>
    </p>
  );
}
