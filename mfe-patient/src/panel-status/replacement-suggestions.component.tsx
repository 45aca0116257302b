import { useMutation } from '@apollo/client/react';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { serverFailure } from '../form-parts/field-problems';
import { SpecialistCardView } from '../specialist-directory/specialist-card.component';
import { REPLACE_PANEL_MEMBER, type PatientPanelMember } from './panel-status-queries';

/**
 * For a seat whose doctor declined or did not answer: the doctors the platform suggests instead,
 * best first, each score explained factor by factor (specialty fit, availability, load,
 * language, AIIMS training), and a button to ask one of them.
 * @param props.member - the open seat
 * @param props.onReplaced - called once the new doctor has been asked
 */
export function ReplacementSuggestions(props: {
  member: PatientPanelMember;
  onReplaced: () => void;
}): ReactElement {
  const { t } = useTranslation('patient');
  const [replace, { loading }] = useMutation(REPLACE_PANEL_MEMBER);
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = `replacements-${props.member.id}-title`;
  const suggestions = props.member.replacementSuggestions;
  const ask = async (specialistId: string): Promise<void> => {
    setProblem(null);
    try {
      await replace({ variables: { panelMemberId: props.member.id, specialistId } });
      props.onReplaced();
    } catch (error) {
      const failure = serverFailure(error);
      if (failure.code === 'NETWORK') setProblem(t('panel.error.retry'));
      else setProblem(t('panelStatus.replaceFailed', { reason: failure.message }));
    }
  };
  return (
    <section aria-labelledby={titleId}>
      <h4 id={titleId}>{t('panelStatus.replacementsTitle')}</h4>
      {problem && (
        <div role="alert" className="error">
          <p>{problem}</p>
        </div>
      )}
      {suggestions.length === 0 ? (
        <p>{t('panelStatus.noReplacements')}</p>
      ) : (
        <ol className="card-list">
          {suggestions.map((suggestion, index) => (
            <li key={suggestion.specialist.id}>
              <SpecialistCardView data={suggestion.specialist} headingLevel={5} linkToProfile>
                <p>
                  <strong>
                    {t('panelStatus.rank', { rank: index + 1, score: suggestion.score })}
                  </strong>
                </p>
                <ul
                  aria-label={t('panelStatus.whyScore', { name: suggestion.specialist.fullName })}
                >
                  {suggestion.factors.map((factor) => (
                    <li key={factor.factor}>
                      {t('panelStatus.factorLine', {
                        factor: t(`panelStatus.factor.${factor.factor}`),
                        points: factor.points,
                        max: factor.maxPoints,
                      })}{' '}
                      {factor.explanation}
                    </li>
                  ))}
                </ul>
                <button
                  type="button"
                  disabled={loading}
                  onClick={() => void ask(suggestion.specialist.id)}
                >
                  {t('panelStatus.askInstead', { name: suggestion.specialist.fullName })}
                </button>
              </SpecialistCardView>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
