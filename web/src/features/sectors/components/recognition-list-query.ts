import { graphql } from '../../../graphql';

// The recognition list's page query; the screen and the export read the same rows.

const RecognitionListRow = graphql(`
  fragment RecognitionListRow on Recognition {
    id
    applicationId
    status
    effectiveStatus
    statusSource
    autoApprovalOn
    cancellationOn
    submittedOn
    validFrom
    validTo
    endedOn
    establishment {
      establishmentNumber
      name
      municipality {
        nameNl
      }
    }
    training {
      code
      nameNl
      label
    }
    adultTraining {
      code
      nameNl
      label
    }
  }
`);

export const RecognitionListQuery = graphql(
  `
    query RecognitionList($first: Int!, $after: String, $filter: RecognitionFilter, $orderBy: RecognitionOrder) {
      recognitions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...RecognitionListRow
          }
        }
      }
    }
  `,
  [RecognitionListRow],
);
