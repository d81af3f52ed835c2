import type { AnyVariables, TypedDocumentNode } from 'urql';
import { graphql } from '../../../graphql';
import type { WorkList, WorkListFilter } from '../work-list-mapper';
import type { WorkListNodes as Nodes } from '../work-list-nodes';

// The operations of the work lists: one paged query per list, and the audit of a personal-data download.

const ApplicationsQuery = graphql(`
  query WorkListApplications($filter: WorkListFilter, $sort: PendingApplicationSort, $direction: SortDirection, $first: Int, $offset: Int, $after: String) {
    list: pendingApplications(filter: $filter, sort: $sort, direction: $direction, first: $first, offset: $offset, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes { recognitionId applicationId status submittedOn deadline deadlineKind daysLeft establishmentId establishmentName municipality trainingName jointCommitteeCode partnershipCode }
    }
  }
`);

const MentorsQuery = graphql(`
  query WorkListMentors($filter: WorkListFilter, $withinDays: Int, $sort: MentorDueSort, $direction: SortDirection, $first: Int, $offset: Int, $after: String) {
    list: mentorsDue(filter: $filter, withinDays: $withinDays, sort: $sort, direction: $direction, first: $first, offset: $offset, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes {
        mentorId mentorKey name firstName lastName status exportedStatus deadline daysLeft overdue partnershipCode partnershipName establishmentId
        recognitions { applicationId establishmentName municipality trainingName }
      }
    }
  }
`);

const RecognitionsQuery = graphql(`
  query WorkListRecognitions($filter: WorkListFilter, $sort: ExpiringRecognitionSort, $direction: SortDirection, $first: Int, $offset: Int, $after: String) {
    list: expiringRecognitions(filter: $filter, sort: $sort, direction: $direction, first: $first, offset: $offset, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes { recognitionId applicationId kind validTo daysLeft runningAgreements establishmentId establishmentName municipality trainingName jointCommitteeCode partnershipCode }
    }
  }
`);

const EstablishmentsQuery = graphql(`
  query WorkListEstablishments($filter: WorkListFilter, $sort: EstablishmentToFollowUpSort, $direction: SortDirection, $first: Int, $offset: Int, $after: String) {
    list: establishmentsToFollowUp(filter: $filter, sort: $sort, direction: $direction, first: $first, offset: $offset, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes { establishmentId establishmentName enterpriseName municipality reason recognisedSince earlyTerminations terminationReasons }
    }
  }
`);

export const RecordDownloadMutation = graphql(`
  mutation WorkListRecordDownload($kind: PersonalDataDownloadKind!, $rows: Int!) {
    recordPersonalDataDownload(kind: $kind, rows: $rows)
  }
`);

export type ListPage<N> = { list: { totalCount: number; hasNextPage: boolean; endCursor: string | null; nodes: N[] } };
export type ListVars = {
  filter: WorkListFilter;
  sort?: string | null;
  direction?: 'ASC' | 'DESC' | null;
  first: number;
  offset: number;
  after?: string | null;
  withinDays?: number | null;
};

export const QUERIES = {
  applications: ApplicationsQuery,
  mentors: MentorsQuery,
  recognitions: RecognitionsQuery,
  establishments: EstablishmentsQuery,
} as unknown as { [L in WorkList]: TypedDocumentNode<ListPage<Nodes[L]>, AnyVariables> };
