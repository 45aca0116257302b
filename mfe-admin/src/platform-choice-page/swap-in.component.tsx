import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Puts a candidate on the panel in place of a chosen doctor: a select of the panel and a button.
 * @param props.candidateId - the candidate's specialist id
 * @param props.candidateName - their name, for the labels
 * @param props.panel - the doctors chosen now
 * @param props.onSwap - called with the id of the doctor to take off
 */
export function SwapIn(props: {
  candidateId: string;
  candidateName: string;
  panel: readonly { id: string; fullName: string }[];
  onSwap: (outId: string) => void;
}): ReactElement | null {
  const { t } = useTranslation('admin');
  const [outId, setOutId] = useState(props.panel[0]?.id ?? '');
  if (props.panel.length === 0) return null;
  const selectId = `swap-${props.candidateId}`;
  const chosen = props.panel.some((doctor) => doctor.id === outId) ? outId : props.panel[0]!.id;
  return (
    <span className="toolbar">
      <label htmlFor={selectId}>{t('pc.inPlaceOf')}</label>
      <select id={selectId} value={chosen} onChange={(event) => setOutId(event.target.value)}>
        {props.panel.map((doctor) => (
          <option key={doctor.id} value={doctor.id}>
            {doctor.fullName}
          </option>
        ))}
      </select>
      <button type="button" className="secondary" onClick={() => props.onSwap(chosen)}>
        {t('pc.swapIn')}
        <span className="visually-hidden"> {props.candidateName}</span>
      </button>
    </span>
  );
}
