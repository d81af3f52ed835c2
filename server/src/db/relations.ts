import { defineRelations } from 'drizzle-orm';
import * as schema from './schema/index.js';

export const relations = defineRelations(schema, (r) => ({
  provinces: {
    municipalities: r.many.municipalities(),
  },
  municipalities: {
    province: r.one.provinces({ from: r.municipalities.provinceCode, to: r.provinces.code, optional: false }),
    arrondissement: r.one.arrondissements({
      from: r.municipalities.arrondissementNisCode,
      to: r.arrondissements.nisCode,
      optional: false,
    }),
  },
  partnerships: {
    assignments: r.many.jointCommitteeAssignments(),
  },
  jointCommittees: {
    assignments: r.many.jointCommitteeAssignments(),
  },
  jointCommitteeAssignments: {
    partnership: r.one.partnerships({
      from: r.jointCommitteeAssignments.partnershipId,
      to: r.partnerships.id,
      optional: false,
    }),
    jointCommittee: r.one.jointCommittees({
      from: r.jointCommitteeAssignments.jointCommitteeCode,
      to: r.jointCommittees.code,
      optional: false,
    }),
  },
  enterprises: {
    establishments: r.many.establishments(),
    jointCommittees: r.many.enterpriseJointCommittees(),
  },
  enterpriseJointCommittees: {
    enterprise: r.one.enterprises({ from: r.enterpriseJointCommittees.enterpriseId, to: r.enterprises.id, optional: false }),
  },
  establishments: {
    enterprise: r.one.enterprises({ from: r.establishments.enterpriseId, to: r.enterprises.id, optional: false }),
    municipality: r.one.municipalities({
      from: r.establishments.municipalityNisCode,
      to: r.municipalities.nisCode,
      optional: false,
    }),
    recognitions: r.many.recognitions(),
  },
  recognitions: {
    establishment: r.one.establishments({ from: r.recognitions.establishmentId, to: r.establishments.id, optional: false }),
    training: r.one.trainings({ from: r.recognitions.trainingId, to: r.trainings.id, optional: false }),
    handlingPartnership: r.one.partnerships({
      from: r.recognitions.handlingPartnershipId,
      to: r.partnerships.id,
      optional: false,
    }),
    previousRecognition: r.one.recognitions({ from: r.recognitions.previousRecognitionId, to: r.recognitions.id }),
    statusEvents: r.many.recognitionStatusEvents(),
    rejectionReasons: r.many.recognitionRejectionReasons(),
    mentors: r.many.recognitionMentors(),
  },
  recognitionStatusEvents: {
    recognition: r.one.recognitions({
      from: r.recognitionStatusEvents.recognitionId,
      to: r.recognitions.id,
      optional: false,
    }),
  },
  recognitionRejectionReasons: {
    recognition: r.one.recognitions({
      from: r.recognitionRejectionReasons.recognitionId,
      to: r.recognitions.id,
      optional: false,
    }),
  },
  mentors: {
    personalData: r.one.mentorPersonalData({ from: r.mentors.id, to: r.mentorPersonalData.mentorId }),
    recognitions: r.many.recognitionMentors(),
    trainings: r.many.mentorTrainings(),
  },
  recognitionMentors: {
    recognition: r.one.recognitions({ from: r.recognitionMentors.recognitionId, to: r.recognitions.id, optional: false }),
    mentor: r.one.mentors({ from: r.recognitionMentors.mentorId, to: r.mentors.id, optional: false }),
  },
  mentorTrainings: {
    mentor: r.one.mentors({ from: r.mentorTrainings.mentorId, to: r.mentors.id, optional: false }),
    partnership: r.one.partnerships({ from: r.mentorTrainings.partnershipId, to: r.partnerships.id, optional: false }),
  },
  trainings: {
    recognitions: r.many.recognitions(),
  },
  agreements: {
    establishment: r.one.establishments({ from: r.agreements.establishmentId, to: r.establishments.id, optional: false }),
    training: r.one.trainings({ from: r.agreements.trainingId, to: r.trainings.id, optional: false }),
    provider: r.one.trainingProviders({ from: r.agreements.providerId, to: r.trainingProviders.id, optional: false }),
    recognition: r.one.recognitions({ from: r.agreements.recognitionId, to: r.recognitions.id }),
  },
  appeals: {
    handlingPartnership: r.one.partnerships({
      from: r.appeals.handlingPartnershipId,
      to: r.partnerships.id,
      optional: false,
    }),
    recognition: r.one.recognitions({ from: r.appeals.recognitionId, to: r.recognitions.id }),
  },
}));
