import { graphql } from '../gql';

/** The completeness table, active rows first; retired rows too when asked. */
export const REPORT_REQUIREMENTS = graphql(`
  query ReportRequirements($includeRetired: Boolean!) {
    reportRequirements(includeRetired: $includeRetired) {
      id
      titleEn
      titleHi
      ...ReportRequirementRow
      ...ReportRequirementFormValues
    }
  }
`);

/** Adds a row, or changes one (which also makes a retired row apply again). */
export const SAVE_REPORT_REQUIREMENT = graphql(`
  mutation SaveReportRequirement($input: ReportRequirementInput!) {
    saveReportRequirement(input: $input) {
      id
      active
      titleEn
      titleHi
    }
  }
`);

/** Retires a row: it stops applying and stays in the table. */
export const RETIRE_REPORT_REQUIREMENT = graphql(`
  mutation RetireReportRequirement($id: ID!) {
    retireReportRequirement(id: $id) {
      id
      active
    }
  }
`);
