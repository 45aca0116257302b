import { useMutation } from '@apollo/client/react';
import { mutationProblem } from '@consilium/web-kit';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSIGN_CASE_GP } from './case-summaries-queries';

/** A GP operations staff can choose. */
export interface GpChoice {
  id: string;
  displayName: string;
}

/**
 * Gives a case's summary to a GP (or, while a draft, to another GP): a select of the GP accounts
 * and a button, inline in a table row. Says what happened, or why not, in the viewer's language.
 * @param props.caseId - the case
 * @param props.patientName - whose case, for the label and the confirmation
 * @param props.currentGpId - the GP assigned now, if any (not offered again)
 * @param props.gps - the GP accounts to choose from
 * @param props.onAssigned - called with a sentence once assigned
 */
export function AssignGp(props: {
  caseId: string;
  patientName: string;
  currentGpId: string | null;
  gps: readonly GpChoice[];
  onAssigned: (message: string) => void;
}): ReactElement {
  const { t } = useTranslation('admin');
  const [gpId, setGpId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [assign, { loading }] = useMutation(ASSIGN_CASE_GP, {
    refetchQueries: ['AdminCaseSummaries'],
    awaitRefetchQueries: true,
  });
  const choices = props.gps.filter((gp) => gp.id !== props.currentGpId);
  const selectId = `assign-gp-${props.caseId}`;
  const errorId = `${selectId}-error`;

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const gp = choices.find((choice) => choice.id === gpId);
    if (!gp) {
      setProblem(t('sum.error.choose'));
      return;
    }
    setProblem(null);
    try {
      await assign({
        variables: { input: { caseId: props.caseId, gpAccountId: gp.id, gpName: gp.displayName } },
      });
      setGpId('');
      props.onAssigned(t('sum.assigned', { gp: gp.displayName, name: props.patientName }));
    } catch (error) {
      const refused = mutationProblem(error);
      setProblem(
        refused.code === 'CONFLICT'
          ? t('sum.error.conflict')
          : refused.code === 'NOT_FOUND'
            ? t('sum.error.notFound')
            : refused.code === 'NETWORK'
              ? t('sum.error.network')
              : refused.message,
      );
    }
  };

  return (
    <form className="toolbar" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={selectId} className="visually-hidden">
        {t('sum.gpFor', { name: props.patientName })}
      </label>
      <select
        id={selectId}
        value={gpId}
        onChange={(event) => setGpId(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
      >
        <option value="">{t('sum.chooseGp')}</option>
        {choices.map((gp) => (
          <option key={gp.id} value={gp.id}>
            {gp.displayName}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary" disabled={loading}>
        {props.currentGpId ? t('sum.reassign') : t('sum.assign')}
      </button>
      {problem && (
        <p id={errorId} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
