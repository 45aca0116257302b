import { useMutation } from '@apollo/client/react';
import { formatDateTime } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import './report-delivery-strings';

const DELIVER_REPORT = graphql(`
  mutation AdminDeliverReport($caseId: ID!) {
    deliverReport(caseId: $caseId) {
      id
      deliveredAt
      deliveredByName
    }
  }
`);

/**
 * A case's report for operations (journey step 7): when it was delivered and by whom; or, once
 * the case's opinions are all signed (OPINIONS_READY), the button forwarding the case file to the
 * patient, asking first. The server's refusal (a missing referral note) is shown as it says it.
 * @param props - the case, its stage, its delivery if any, and what to refetch after delivering
 */
export function ReportDeliverySection(props: {
  caseId: string;
  stage: string;
  delivery: { deliveredAt: string; deliveredByName: string } | null;
  onDelivered: () => void;
}): ReactElement | null {
  const { t, i18n } = useTranslation('admin');
  const [failure, setFailure] = useState<string | null>(null);
  const [deliver, { loading }] = useMutation(DELIVER_REPORT);
  const { delivery } = props;
  if (!delivery && !['ACTIVE', 'INFO_REQUESTED', 'OPINIONS_READY'].includes(props.stage)) {
    return null;
  }
  const send = (): void => {
    if (!window.confirm(t('report.confirm'))) return;
    setFailure(null);
    deliver({ variables: { caseId: props.caseId } }).then(
      () => props.onDelivered(),
      (error: Error) => setFailure(error.message),
    );
  };
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{t('report.title')}</h2>
      {delivery ? (
        <p role="status">
          {t('report.delivered', {
            when: formatDateTime(delivery.deliveredAt, i18n.language),
            name: delivery.deliveredByName,
          })}
        </p>
      ) : props.stage === 'OPINIONS_READY' ? (
        <>
          <p>{t('report.ready')}</p>
          <button type="button" onClick={send} disabled={loading}>
            {loading ? t('report.busy') : t('report.deliver')}
          </button>
        </>
      ) : (
        <p className="muted">{t('report.notYet')}</p>
      )}
      {failure && (
        <p role="alert" className="error">
          {t('report.failed', { message: failure })}
        </p>
      )}
    </section>
  );
}
