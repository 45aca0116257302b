import { useMutation, useQuery } from '@apollo/client/react';
import { mutationProblem, PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import { useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportRequirementForm } from './report-requirement-form.component';
import { REPORT_REQUIREMENTS, RETIRE_REPORT_REQUIREMENT } from './report-requirements.queries';
import { ReportRequirementsTable } from './report-requirements-table.component';
import './report-requirement-strings';

/** What the last action did: a message, and whether it is a refusal. */
interface Outcome {
  message: string;
  failed: boolean;
}

/**
 * "Report completeness table": which reports a specialist usually needs by condition and
 * reason; adding, changing and retiring rows, and showing retired rows on request.
 */
export function ReportRequirementsPage(): ReactElement {
  const { t } = useTranslation('admin');
  const [includeRetired, setIncludeRetired] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(REPORT_REQUIREMENTS, {
    variables: { includeRetired },
    fetchPolicy: 'network-only',
  });
  const [retire] = useMutation(RETIRE_REPORT_REQUIREMENT);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const shown = data ?? previousData;
  if (!shown) {
    return (
      <QueryStatus
        title={t('reportRequirements')}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
  const rows = shown.reportRequirements;
  const editing = (editingId && rows.find((row) => row.id === editingId)) || null;

  const report = (next: Outcome): void => {
    setOutcome(next);
    void refetch().finally(() => {
      if (!next.failed) outcomeRef.current?.focus();
    });
  };
  const onSaved = (title: string, added: boolean): void => {
    setEditingId(null);
    setFormKey((key) => key + 1);
    report({ message: t(added ? 'req.added' : 'req.saved', { title }), failed: false });
  };
  const onRetire = (id: string, title: string): void => {
    retire({ variables: { id } }).then(
      () => report({ message: t('req.retiredDone', { title }), failed: false }),
      (refusal: unknown) =>
        report({
          message: mutationProblem(refusal).message || t('error.unexpected'),
          failed: true,
        }),
    );
  };

  return (
    <section aria-labelledby="requirements-title" className="page">
      <h1 id="requirements-title">{t('reportRequirements')}</h1>
      <PartialDataNotice error={error} />
      <p className="muted">{t('req.intro')}</p>
      <div className="choice">
        <input
          type="checkbox"
          id="requirements-show-retired"
          checked={includeRetired}
          onChange={(event) => setIncludeRetired(event.target.checked)}
        />
        <label htmlFor="requirements-show-retired">{t('req.showRetired')}</label>
      </div>
      <div ref={outcomeRef} tabIndex={-1} role="status">
        {outcome && !outcome.failed ? <p>{outcome.message}</p> : null}
      </div>
      {outcome?.failed ? (
        <div role="alert" className="error form-error">
          <p>{outcome.message}</p>
        </div>
      ) : null}
      <ReportRequirementsTable
        rows={rows}
        labelledBy="requirements-title"
        showStatus={includeRetired}
        onEdit={(id) => {
          setOutcome(null);
          setEditingId(id);
        }}
        onRetire={onRetire}
      />
      <ReportRequirementForm
        key={`${editing?.id ?? 'new'}-${formKey}`}
        editing={editing}
        onSaved={onSaved}
        onCancel={() => {
          const id = editingId;
          setEditingId(null);
          requestAnimationFrame(() => document.getElementById(`requirement-edit-${id}`)?.focus());
        }}
      />
    </section>
  );
}
