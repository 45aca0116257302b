import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientDissentMatrix } from './opinions-queries';

/**
 * Where the board agrees and where it does not, in words a patient reads: for the recommended
 * treatment and each of their questions, the board's answer, how many members agree (all, most,
 * or the board is divided), and each member who agrees only partly or disagrees, with the reason.
 */
export function DissentMatrixView({ matrix }: { matrix: PatientDissentMatrix }): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <ol className="card-list" aria-label={t('opinions.matrix.listLabel')}>
      {matrix.rows.map((row) => {
        const members = row.votes.length;
        const agree = row.votes.filter((vote) => vote.level === 'AGREE').length;
        const id = `matrix-${row.questionIndex ?? 'treatment'}`;
        return (
          <li key={id} className="card" aria-labelledby={`${id}-title`}>
            <h4 id={`${id}-title`}>
              {row.topic === 'RECOMMENDED_TREATMENT'
                ? t('opinions.treatment')
                : t('opinions.yourQuestion', {
                    number: (row.questionIndex ?? 0) + 1,
                    question: row.question ?? '',
                  })}
            </h4>
            <p>
              <span className="muted">{t('opinions.matrix.boardSays')}</span> {row.statement}
            </p>
            <p>
              <span className={row.agreement === 'UNANIMOUS' ? 'badge ok' : 'badge warn'}>
                {t(`opinions.agreement.${row.agreement ?? 'SPLIT'}`)}
              </span>{' '}
              {t('opinions.matrix.count', { agree, count: members })}
            </p>
            {row.dissents.length > 0 && (
              <ul>
                {row.dissents.map((vote) => (
                  <li key={vote.id}>
                    <strong>
                      {t(`opinions.vote.${vote.level}`, { name: vote.specialist.fullName })}
                    </strong>
                    {vote.reason ? `: ${vote.reason}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
