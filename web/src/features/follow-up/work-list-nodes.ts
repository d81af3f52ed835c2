// The rows of each work list as the API gives them (the GraphQL selection of WorkListTable).

export interface ApplicationNode {
  recognitionId: string;
  applicationId: string;
  status: string;
  submittedOn: string;
  deadline: string;
  deadlineKind: string;
  daysLeft: number;
  establishmentId: string;
  establishmentName: string;
  municipality: string;
  trainingName: string;
  jointCommitteeCode: string | null;
  partnershipCode: string;
}

export interface MentorNode {
  mentorId: string;
  mentorKey: string;
  name: string | null;
  firstName: string | null;
  lastName: string | null;
  /** As of today (the server's clock); `exportedStatus` as the counter exported it. */
  status: string;
  exportedStatus: string;
  deadline: string;
  daysLeft: number;
  overdue: boolean;
  partnershipCode: string;
  partnershipName: string;
  establishmentId: string | null;
  recognitions: { applicationId: string; establishmentName: string; municipality: string; trainingName: string }[];
}

export interface RecognitionNode {
  recognitionId: string;
  applicationId: string;
  kind: string;
  validTo: string;
  daysLeft: number;
  runningAgreements: number;
  establishmentId: string;
  establishmentName: string;
  municipality: string;
  trainingName: string;
  jointCommitteeCode: string | null;
  partnershipCode: string;
}

export interface EstablishmentNode {
  establishmentId: string;
  establishmentName: string;
  enterpriseName: string;
  municipality: string;
  reason: string;
  recognisedSince: string | null;
  earlyTerminations: number;
  terminationReasons: string[];
}

export type WorkListNodes = { applications: ApplicationNode; mentors: MentorNode; recognitions: RecognitionNode; establishments: EstablishmentNode };
