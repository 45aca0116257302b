import { useMutation } from '@apollo/client/react';
import { FormError, FormField, useFormState } from '@consilium/web-kit';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPOND_TO_PANEL_REQUEST } from './invitation-queries';
import { respondErrors } from './respond-errors';

/**
 * Accepts or declines one request to join a panel. Declining needs a reason (checked here and by
 * the server, shown at the reason box); a refusal about the whole request (at capacity, expired)
 * is an alert above the buttons. Once answered, the lists are fetched again and `onAnswered`
 * gets a sentence for the page's status line.
 * @param props.memberId - the panel membership
 * @param props.caseName - whose case, for the buttons' accessible names and the status line
 * @param props.onAnswered - called with what happened
 */
export function RespondForm(props: {
  memberId: string;
  caseName: string;
  onAnswered: (message: string) => void;
}): ReactElement {
  const { t } = useTranslation('doctor');
  const form = useFormState();
  const [reason, setReason] = useState('');
  const [respond] = useMutation(RESPOND_TO_PANEL_REQUEST, {
    refetchQueries: ['PanelInvitations', 'AssignedCases'],
    awaitRefetchQueries: true,
  });
  const reasonId = `decline-reason-${props.memberId}`;
  const formErrorId = `respond-error-${props.memberId}`;

  const answer = (accept: boolean): void => {
    if (!accept && reason.trim() === '') {
      form.showErrors({ fields: { [reasonId]: t('inv.error.reason') }, form: null });
      return;
    }
    void form.submit(
      async () => {
        await respond({
          variables: {
            panelMemberId: props.memberId,
            accept,
            reason: accept ? null : reason.trim(),
          },
        });
        props.onAnswered(t(accept ? 'inv.accepted' : 'inv.declined', { name: props.caseName }));
      },
      (error) => respondErrors(error, reasonId, (key, options) => t(key, options ?? {})),
    );
  };

  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        answer(false);
      }}
    >
      <FormError id={formErrorId} message={form.errors.form} />
      <p className="toolbar">
        <button type="button" disabled={form.busy} onClick={() => answer(true)}>
          {t('inv.accept')}
          <span className="visually-hidden"> {t('inv.theCaseOf', { name: props.caseName })}</span>
        </button>
      </p>
      <FormField
        id={reasonId}
        label={t('inv.reason')}
        hint={t('inv.reasonHint')}
        rows={3}
        value={reason}
        onChange={setReason}
        error={form.errors.fields[reasonId]}
      />
      <button type="submit" className="secondary" disabled={form.busy}>
        {t('inv.decline')}
        <span className="visually-hidden"> {t('inv.theCaseOf', { name: props.caseName })}</span>
      </button>
    </form>
  );
}
