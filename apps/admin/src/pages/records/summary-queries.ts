/**
 * GraphQL documents of the records' summaries (typed by `pnpm run codegen` into src/gql): the office's view of a
 * government's departments (figures; one department's lists when its row is expanded), table 二 computed from records
 * and its fill action, and the monthly decision counts.
 * The fragments (RecordFiguresFields, RecordChecks) are in records-queries.ts.
 */
import { graphql } from '../../gql';

export const OfficeRecordViewQuery = graphql(`
  query OfficeRecordView($code: String!, $year: Int!) {
    officeRecordView(governmentCode: $code, year: $year) {
      government {
        id
        code
        name
      }
      year
      total {
        ...RecordFiguresFields
      }
      departments {
        agency {
          id
          code
          name
        }
        figures {
          ...RecordFiguresFields
        }
      }
    }
  }
`);

/** One department's lists in the office's view, asked for when its row is expanded (the view itself has figures only). */
export const OfficeDepartmentDetailQuery = graphql(`
  query OfficeDepartmentDetail($code: String!, $year: Int!, $department: String!) {
    officeRecordView(governmentCode: $code, year: $year, departmentCode: $department) {
      departments {
        agency {
          id
          code
          name
        }
        lateRecords {
          id
          title
          itemPath
          dueDate
          publishedDate
          state
          stateLabel
          lateWorkingDays
          explanation
        }
        ...RecordChecks
      }
    }
  }
`);

export const RecordTableTwoQuery = graphql(`
  query RecordTableTwo($code: String!, $year: Int!) {
    recordTableTwo(agencyCode: $code, year: $year) {
      year
      reportId
      cells {
        id
        row
        column
        value
        basis
        typed
        differs
      }
    }
  }
`);

export const FillTableTwoMutation = graphql(`
  mutation FillTableTwoFromRecords($code: String!, $year: Int!) {
    fillTableTwoFromRecords(agencyCode: $code, year: $year) {
      changed
      report {
        ...AnnualReportFields
      }
      tableTwo {
        year
        reportId
        cells {
          id
          row
          column
          value
          basis
          typed
          differs
        }
      }
    }
  }
`);

export const MonthlyDecisionsQuery = graphql(`
  query MonthlyDecisions($code: String!, $year: Int!) {
    monthlyDecisions(agencyCode: $code, year: $year) {
      month
      licensing
      punishment
      enforcement
      fees
    }
  }
`);

export const SetMonthlyDecisionsMutation = graphql(`
  mutation SetMonthlyDecisions($code: String!, $year: Int!, $months: [MonthlyDecisionInput!]!) {
    setMonthlyDecisions(agencyCode: $code, year: $year, months: $months) {
      month
      licensing
      punishment
      enforcement
      fees
    }
  }
`);

/** The government's 即时公开 and 解读 working days (recordSettings) and their change (setRecordSettings). */
export const RecordSettingsQuery = graphql(`
  query RecordSettings($code: String!) {
    recordSettings(governmentCode: $code) {
      immediateWorkingDays
      interpretationWorkingDays
    }
  }
`);

export const SetRecordSettingsMutation = graphql(`
  mutation SetRecordSettings($code: String!, $immediate: Int!, $interpretation: Int!) {
    setRecordSettings(
      governmentCode: $code
      immediateWorkingDays: $immediate
      interpretationWorkingDays: $interpretation
    ) {
      immediateWorkingDays
      interpretationWorkingDays
    }
  }
`);
