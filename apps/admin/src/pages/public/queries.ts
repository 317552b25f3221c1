/** The GraphQL document of the public page of figures (anonymous; typed by `pnpm run codegen` into src/gql). */
import { graphql } from '../../gql';

export const PublicApplicationFiguresQuery = graphql(`
  query PublicApplicationFigures($code: String!, $year: Int!) {
    publicApplicationFigures(governmentCode: $code, year: $year) {
      governmentCode
      governmentName
      year
      asOf
      agencies {
        agencyCode
        agencyName
        received
        closed
        closedWithDueDate
        closedOnTime
        closedLate
        onTimeShare
        medianWorkingDaysToReply
        extended
        overdueOpen
      }
    }
  }
`);
