import {
  latestMentorTrainingDeadline,
  type AgreementStatus,
  type AgreementType,
  type AppealOutcome,
  type AppealStatus,
  type AppealType,
  type ApplicationKind,
  type FollowUpActionType,
  type MandateType,
  type MentorRemovalReason,
  type MentorTrainingStatus,
  type RecognitionStatus,
  type RejectionReason,
  type Role,
  type TerminationReason,
} from '@duaal/shared';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import * as s from '../db/schema/index.js';
import { deriveRecognition, type StatusEvent } from '../modules/imports/index.js';
import { inserter, next } from './factory-base.js';

export interface RecognitionSpec {
  establishmentId: number;
  trainingId: number;
  handlingPartnershipId: number;
  jointCommitteeCode?: string | null;
  kind?: ApplicationKind;
  previousRecognitionId?: number | null;
  mandateType?: MandateType;
  submittedOn: string;
  /** Shortcuts for the usual transitions; `events` adds any others. */
  approvedOn?: string;
  rejectedOn?: string;
  cancelledOn?: string;
  revokedOn?: string;
  stoppedOn?: string;
  expiredOn?: string;
  events?: StatusEvent[];
  automaticApproval?: boolean;
  /** Validity; by default from approval for five years (a duplicate ends with its original). */
  validFrom?: string | null;
  validTo?: string | null;
  rejectionReasons?: RejectionReason[];
  adultTrainingId?: number | null;
  applicationId?: string;
}

/** The records on those places: recognitions, mentors, agreements, enrolments, follow-up, appeals, users. */
export function recordFactories(db: Db) {
  const insert = inserter(db);

  /** A recognition with its status events; derived columns follow from the events. */
  function recognition(spec: RecognitionSpec): number {
    const n = next();
    const kind = spec.kind ?? 'NEW';
    const events: StatusEvent[] = [{ status: 'SUBMITTED', occurredOn: spec.submittedOn }, ...(spec.events ?? [])];
    const shortcut: [RecognitionStatus, string | undefined][] = [
      ['APPROVED', spec.approvedOn],
      ['REJECTED', spec.rejectedOn],
      ['CANCELLED', spec.cancelledOn],
      ['REVOKED', spec.revokedOn],
      ['STOPPED', spec.stoppedOn],
      ['EXPIRED', spec.expiredOn],
    ];
    for (const [status, on] of shortcut) if (on) events.push({ status, occurredOn: on });
    let originalValidTo: string | null = null;
    if (kind === 'DUPLICATE' && spec.previousRecognitionId) {
      originalValidTo =
        db.select({ validTo: s.recognitions.validTo }).from(s.recognitions).where(eq(s.recognitions.id, spec.previousRecognitionId)).get()?.validTo ??
        null;
    }
    const derived = deriveRecognition({
      kind,
      validFrom: spec.validFrom ?? null,
      validTo: spec.validTo ?? null,
      events,
      originalValidTo,
    });
    const id = insert(s.recognitions, {
      applicationId: spec.applicationId ?? `APP-${String(n).padStart(6, '0')}`,
      establishmentId: spec.establishmentId,
      trainingId: spec.trainingId,
      kind,
      previousRecognitionId: spec.previousRecognitionId ?? null,
      jointCommitteeCode: spec.jointCommitteeCode ?? null,
      handlingPartnershipId: spec.handlingPartnershipId,
      mandateType: spec.mandateType ?? 'NONE',
      submittedOn: spec.submittedOn,
      automaticApproval: spec.automaticApproval ?? false,
      adultTrainingId: spec.adultTrainingId ?? null,
      ...derived,
    });
    for (const event of events) {
      db.insert(s.recognitionStatusEvents).values({ recognitionId: id, status: event.status, occurredOn: event.occurredOn }).run();
    }
    for (const reason of spec.rejectionReasons ?? []) db.insert(s.recognitionRejectionReasons).values({ recognitionId: id, reason }).run();
    return id;
  }

  function mentor(spec: { mentorKey?: string } = {}): number {
    return insert(s.mentors, { mentorKey: spec.mentorKey ?? `MENTOR-${next()}` });
  }

  function recognitionMentor(spec: {
    recognitionId: number;
    mentorId: number;
    addedOn?: string;
    removedOn?: string | null;
    removalReason?: MentorRemovalReason | null;
  }): number {
    const approvedOn = spec.addedOn
      ? null
      : db.select({ approvedOn: s.recognitions.approvedOn, submittedOn: s.recognitions.submittedOn }).from(s.recognitions).where(eq(s.recognitions.id, spec.recognitionId)).get();
    return insert(s.recognitionMentors, {
      recognitionId: spec.recognitionId,
      mentorId: spec.mentorId,
      addedOn: spec.addedOn ?? approvedOn?.approvedOn ?? approvedOn?.submittedOn ?? '2000-01-01',
      removedOn: spec.removedOn ?? null,
      removalReason: spec.removalReason ?? null,
    });
  }

  /** Mentor-training follow-up; the deadline defaults to the latest allowed after the recognition's approval. */
  function mentorTraining(spec: {
    mentorId: number;
    partnershipId: number;
    recognitionId?: number | null;
    status: MentorTrainingStatus;
    deadline?: string | null;
    completedOn?: string | null;
    followUpStoppedOn?: string | null;
    location?: string | null;
  }): number {
    let deadline = spec.deadline;
    if (deadline === undefined && spec.recognitionId) {
      const approvedOn = db.select({ approvedOn: s.recognitions.approvedOn }).from(s.recognitions).where(eq(s.recognitions.id, spec.recognitionId)).get()?.approvedOn;
      deadline = approvedOn ? latestMentorTrainingDeadline(approvedOn) : null;
    }
    return insert(s.mentorTrainings, {
      mentorId: spec.mentorId,
      partnershipId: spec.partnershipId,
      recognitionId: spec.recognitionId ?? null,
      status: spec.status,
      deadline: deadline ?? null,
      completedOn: spec.completedOn ?? null,
      followUpStoppedOn: spec.followUpStoppedOn ?? null,
      location: spec.location ?? null,
    });
  }

  /** An agreement; the status defaults from its dates (terminated early with a reason, completed with an end). */
  function agreement(spec: {
    establishmentId: number;
    trainingId: number;
    providerId: number;
    recognitionId?: number | null;
    type?: AgreementType;
    startOn: string;
    plannedEndOn: string;
    actualEndOn?: string | null;
    status?: AgreementStatus;
    terminationReason?: TerminationReason | null;
    learnerPseudonym?: string;
    agreementNumber?: string;
  }): number {
    const n = next();
    const status = spec.status ?? (spec.terminationReason ? 'TERMINATED_EARLY' : spec.actualEndOn ? 'COMPLETED' : 'RUNNING');
    return insert(s.agreements, {
      agreementNumber: spec.agreementNumber ?? `OVK-${String(n).padStart(6, '0')}`,
      type: spec.type ?? 'OAO',
      learnerPseudonym: spec.learnerPseudonym ?? `L-${n}`,
      establishmentId: spec.establishmentId,
      trainingId: spec.trainingId,
      providerId: spec.providerId,
      recognitionId: spec.recognitionId ?? null,
      startOn: spec.startOn,
      plannedEndOn: spec.plannedEndOn,
      actualEndOn: spec.actualEndOn ?? null,
      status,
      terminationReason: spec.terminationReason ?? null,
    });
  }

  function enrolment(spec: { trainingId: number; providerId: number; schoolYear: string; learners: number }): number {
    return insert(s.enrolments, spec);
  }

  function followUpAction(spec: {
    partnershipId: number;
    establishmentId: number;
    recognitionId?: number | null;
    type: FollowUpActionType;
    performedOn: string;
  }): number {
    return insert(s.followUpActions, { actionKey: `ACT-${next()}`, ...spec, recognitionId: spec.recognitionId ?? null });
  }

  function appeal(spec: {
    type: AppealType;
    recognitionId?: number | null;
    agreementId?: number | null;
    handlingPartnershipId: number;
    filedOn: string;
    status: AppealStatus;
    outcome?: AppealOutcome | null;
    decidedOn?: string | null;
  }): number {
    return insert(s.appeals, {
      appealKey: `BER-${next()}`,
      ...spec,
      recognitionId: spec.recognitionId ?? null,
      agreementId: spec.agreementId ?? null,
      outcome: spec.outcome ?? null,
      decidedOn: spec.decidedOn ?? null,
    });
  }

  function user(spec: { role: Role; partnershipId?: number | null; email?: string; name?: string }): number {
    const n = next();
    return insert(s.users, {
      email: spec.email ?? `user${n}@example.test`,
      name: spec.name ?? `Gebruiker ${n}`,
      role: spec.role,
      partnershipId: spec.partnershipId ?? null,
      passwordHash: null,
    });
  }

  return { recognition, mentor, recognitionMentor, mentorTraining, agreement, enrolment, followUpAction, appeal, user };
}
