import { useMutation } from '@apollo/client/react';
import { FormError, FormField, useFormState, type FormErrors } from '@consilium/web-kit';
import { useRef, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentMode } from '../gql/graphql';
import { proposalErrors, type ProposalFieldIds } from './appointment-errors';
import { PROPOSE_APPOINTMENT } from './appointment-queries';
import './appointment-strings';

/** Phone, video or in person (the API's AppointmentMode). */
const MODES: readonly AppointmentMode[] = ['PHONE', 'VIDEO', 'IN_PERSON'];
const MAX_TIMES = 6;

const IDS: ProposalFieldIds & { mode: string } = {
  mode: 'propose-mode',
  duration: 'propose-duration',
  address: 'propose-address',
  slot: (index) => `propose-slot-${index}`,
};

/** One time row: a stable key for React and the `datetime-local` value. */
interface TimeRow {
  key: number;
  local: string;
}

/**
 * "Propose times": the kind of appointment, its length, the address for an in-person visit and
 * 1–6 times (wall-clock times in the viewer's zone, sent with the zone). What the form or the
 * server finds wrong is shown at the row or field it is about (a time outside the consulting
 * hours or already booked at its own row). Once proposed, the case's appointments are fetched
 * again and `onProposed` gets a sentence for a status line.
 * @param props.caseId - the case
 * @param props.timeZone - the viewer's IANA zone
 * @param props.onProposed - called with what happened
 */
export function ProposeAppointmentForm(props: {
  caseId: string;
  timeZone: string;
  onProposed: (message: string) => void;
}): ReactElement {
  const { t } = useTranslation('doctor');
  const form = useFormState();
  const nextKey = useRef(1);
  const [mode, setMode] = useState<AppointmentMode>('VIDEO');
  const [duration, setDuration] = useState('30');
  const [address, setAddress] = useState('');
  const [rows, setRows] = useState<TimeRow[]>([{ key: 0, local: '' }]);
  const [propose] = useMutation(PROPOSE_APPOINTMENT, {
    refetchQueries: ['DoctorCaseAppointments', 'MyAppointments'],
    awaitRefetchQueries: true,
  });

  const check = (): FormErrors => {
    const fields: Record<string, string> = {};
    const minutes = Number(duration);
    if (!Number.isInteger(minutes) || minutes < 15 || minutes > 120) {
      fields[IDS.duration] = t('appt.error.duration');
    }
    if (mode === 'IN_PERSON' && !address.trim()) fields[IDS.address] = t('appt.error.address');
    rows.forEach((row, index) => {
      if (!row.local) fields[IDS.slot(index)] = t('appt.error.timeRequired');
    });
    return { fields, form: null };
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const problems = check();
    if (Object.keys(problems.fields).length > 0) {
      form.showErrors(problems);
      return;
    }
    const slots = rows.map((row) => row.local);
    void form.submit(
      async () => {
        await propose({
          variables: {
            input: {
              caseId: props.caseId,
              mode,
              durationMinutes: Number(duration),
              address: mode === 'IN_PERSON' ? address.trim() : null,
              slots: slots.map((localStart) => ({ localStart, timeZone: props.timeZone })),
            },
          },
        });
        setRows([{ key: nextKey.current++, local: '' }]);
        props.onProposed(t('appt.proposed', { count: slots.length }));
      },
      (error) => proposalErrors(error, IDS, slots, (key) => t(key)),
    );
  };

  const setRow = (index: number, local: string): void =>
    setRows((current) => current.map((row, at) => (at === index ? { ...row, local } : row)));
  const removeRow = (index: number): void => {
    form.showErrors({ fields: {}, form: null });
    setRows((current) => current.filter((_, at) => at !== index));
  };

  return (
    <form ref={form.formRef} noValidate onSubmit={onSubmit} aria-labelledby="propose-title">
      <h3 id="propose-title">{t('appt.proposeTitle')}</h3>
      <p className="muted">{t('appt.proposeIntro', { zone: props.timeZone })}</p>
      <FormError id="propose-error" message={form.errors.form} />
      <FormField
        id={IDS.mode}
        label={t('appt.mode')}
        value={mode}
        onChange={(value) => setMode(value as AppointmentMode)}
        options={MODES.map((value) => ({ value, label: t(`appt.mode.${value}`) }))}
      />
      <FormField
        id={IDS.duration}
        label={t('appt.duration')}
        type="number"
        inputMode="numeric"
        min={15}
        max={120}
        required
        value={duration}
        onChange={setDuration}
        hint={t('appt.durationHint')}
        error={form.errors.fields[IDS.duration]}
      />
      {mode === 'IN_PERSON' && (
        <FormField
          id={IDS.address}
          label={t('appt.addressLabel')}
          rows={2}
          required
          value={address}
          onChange={setAddress}
          hint={t('appt.addressHint')}
          error={form.errors.fields[IDS.address]}
        />
      )}
      <fieldset className="list-editor">
        <legend>{t('appt.times')}</legend>
        {rows.map((row, index) => (
          <div key={row.key} className="toolbar">
            <FormField
              id={IDS.slot(index)}
              label={t('appt.time', { number: index + 1 })}
              type="datetime-local"
              required
              value={row.local}
              onChange={(value) => setRow(index, value)}
              hint={t('appt.timeHint', { zone: props.timeZone })}
              error={form.errors.fields[IDS.slot(index)]}
            />
            {rows.length > 1 && (
              <button type="button" className="secondary" onClick={() => removeRow(index)}>
                {t('appt.removeTime')}
                <span className="visually-hidden">
                  {' '}
                  {t('appt.removeTimeNumber', { number: index + 1 })}
                </span>
              </button>
            )}
          </div>
        ))}
        {rows.length < MAX_TIMES && (
          <button
            type="button"
            className="secondary"
            onClick={() =>
              setRows((current) => [...current, { key: nextKey.current++, local: '' }])
            }
          >
            {t('appt.addTime')}
          </button>
        )}
      </fieldset>
      <button type="submit" disabled={form.busy}>
        {t('appt.propose')}
      </button>
    </form>
  );
}
