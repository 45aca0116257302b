import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './format';

/** One timeline entry as the apps query it (`Case.timeline`). */
export interface TimelineEntry {
  eventId: string;
  eventType: string;
  occurredAt: string;
  fromStage?: string | null;
  toStage?: string | null;
}

/**
 * A case's timeline, oldest first: what happened, when (in the viewer's time zone, default
 * Asia/Kolkata) and the stage change it caused. Refused transitions are not shown to people.
 */
export function CaseTimeline(props: {
  entries: readonly TimelineEntry[];
  headingLevel?: 2 | 3;
}): ReactElement {
  const { t, i18n } = useTranslation('common');
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section className="timeline">
      <Heading>{t('timeline')}</Heading>
      {props.entries.length === 0 ? (
        <p className="muted">{t('timelineEmpty')}</p>
      ) : (
        <ol>
          {props.entries.map((entry) => (
            <li key={entry.eventId}>
              <time dateTime={entry.occurredAt}>
                {formatDateTime(entry.occurredAt, i18n.language)}
              </time>{' '}
              <strong>{t(`event.${entry.eventType}`)}</strong>
              {entry.fromStage && entry.toStage && entry.fromStage !== entry.toStage && (
                <span className="muted">
                  {' '}
                  (
                  {t('stageChange', {
                    from: t(`stage.${entry.fromStage}`),
                    to: t(`stage.${entry.toStage}`),
                  })}
                  )
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
