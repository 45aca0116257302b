import { Entity, PrimaryKey } from '@mikro-orm/core';

/**
 * A partner organisation the patient's side allowed to download a case's delivered report
 * (issue 10: PartnerAccessGranted with includeReport), as records learned it from events; gone
 * once the patient shares without the report or stops sharing (PartnerAccessRevoked).
 */
@Entity({ tableName: 'partner_report_grant' })
export class PartnerReportGrant {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @PrimaryKey({ type: 'uuid' })
  partnerId!: string;
}
