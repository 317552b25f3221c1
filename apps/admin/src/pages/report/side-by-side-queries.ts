/**
 * GraphQL documents of the side-by-side page (各部门对照表) and the trend of the government's sum.
 */
import { graphql } from '../../gql';

export const ReportSideBySideQuery = graphql(`
  query ReportSideBySide($code: String!, $year: Int!, $table: String, $applicant: String, $statuses: [String!]) {
    agency(code: $code) {
      id
      code
      name
    }
    reportSideBySide(governmentCode: $code, year: $year, table: $table, applicant: $applicant, statuses: $statuses) {
      year
      format
      table
      applicant
      statuses
      columns {
        id
        path
      }
      rows {
        agencyCode
        agencyName
        reportId
        status
        included
        values
      }
      sum {
        values
        includedCount
        missingCount
      }
    }
  }
`);

export const ReportTrendQuery = graphql(`
  query ReportTrend($code: String!, $statuses: [String!]) {
    reportTrend(governmentCode: $code, statuses: $statuses) {
      statuses
      figures {
        key
        label
        note
      }
      years {
        year
        format
        reports
        values
      }
    }
  }
`);
