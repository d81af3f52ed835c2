import {
  latestMentorTrainingDeadline,
  PROVINCE_LABELS,
  withCheckDigits,
  type AgreementStatus,
  type AgreementType,
  type AppealOutcome,
  type AppealStatus,
  type AppealType,
  type ApplicationKind,
  type FollowUpActionType,
  type LegalForm,
  type Level,
  type MandateType,
  type MentorRemovalReason,
  type MentorTrainingStatus,
  type PartnershipKind,
  type ProviderType,
  type Province,
  type RecognitionStatus,
  type RejectionReason,
  type Role,
  type SizeClass,
  type System,
  type TerminationReason,
} from '@duaal/shared';
import { eq, type InferInsertModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.js';
import * as s from '../db/schema/index.js';
import { deriveRecognition, type StatusEvent } from '../modules/imports/index.js';

/*
 * Factories for tests: each inserts one record with sensible defaults and returns its id. Unique
 * keys come from one process-wide counter.
 * Recognitions are written with their status events and the derived columns computed from those
 * events by the import's own derivation (modules/imports/recognition-derivation.ts).
 *
 *   const f = createFactories(db);
 *   const bouw = f.partnership({ code: 'BOUW', jointCommittees: ['124'] });
 *   const r = f.recognition({ establishmentId, trainingId, handlingPartnershipId: bouw,
 *     jointCommitteeCode: '124', submittedOn: '2022-10-01', approvedOn: '2022-10-10' });
 */

const PROVINCE_NIS: Record<Province, string> = {
  ANTWERPEN: '10000',
  VLAAMS_BRABANT: '20001',
  WEST_VLAANDEREN: '30000',
  OOST_VLAANDEREN: '40000',
  LIMBURG: '70000',
  BRUSSEL: '04000',
  WALLONIE: '90000',
};

/** A municipality of each province, used when a test names only the province. */
const DEFAULT_MUNICIPALITY: Record<Province, { nisCode: string; nameNl: string }> = {
  ANTWERPEN: { nisCode: '11002', nameNl: 'Antwerpen' },
  VLAAMS_BRABANT: { nisCode: '24062', nameNl: 'Leuven' },
  WEST_VLAANDEREN: { nisCode: '31005', nameNl: 'Brugge' },
  OOST_VLAANDEREN: { nisCode: '44021', nameNl: 'Gent' },
  LIMBURG: { nisCode: '71022', nameNl: 'Hasselt' },
  BRUSSEL: { nisCode: '21004', nameNl: 'Brussel' },
  WALLONIE: { nisCode: '62063', nameNl: 'Luik' },
};

export interface JointCommitteeSpec {
  code: string;
  validFrom?: string;
  /** Last day of the assignment; null/absent while it lasts. */
  validTo?: string | null;
}

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

/** One counter for every factory set, so two sets on one database never repeat a key. */
let sequence = 0;
const next = () => ++sequence;

export function createFactories(db: Db) {

  function insert<T extends SQLiteTable>(table: T, values: InferInsertModel<T>): number {
    const row = db.insert(table).values(values as never).returning().get() as { id: number };
    return row.id;
  }

  function province(code: Province): Province {
    db.insert(s.provinces).values({ code, nisCode: PROVINCE_NIS[code], nameNl: PROVINCE_LABELS[code] }).onConflictDoNothing().run();
    db.insert(s.arrondissements)
      .values({ nisCode: `A${PROVINCE_NIS[code]}`, nameNl: `Arrondissement ${PROVINCE_LABELS[code]}`, provinceCode: code })
      .onConflictDoNothing()
      .run();
    return code;
  }

  /** A municipality (created with its province when missing); returns its NIS code. */
  function municipality(spec: { province: Province; nisCode?: string; nameNl?: string; population?: number }): string {
    province(spec.province);
    const fallback = DEFAULT_MUNICIPALITY[spec.province];
    const nisCode = spec.nisCode ?? fallback.nisCode;
    db.insert(s.municipalities)
      .values({
        nisCode,
        nameNl: spec.nameNl ?? (spec.nisCode ? `Gemeente ${nisCode}` : fallback.nameNl),
        arrondissementNisCode: `A${PROVINCE_NIS[spec.province]}`,
        provinceCode: spec.province,
        population: spec.population ?? 10_000,
      })
      .onConflictDoNothing()
      .run();
    return nisCode;
  }

  function jointCommittee(code: string, nameNl: string | null = null): string {
    db.insert(s.jointCommittees).values({ code, nameNl }).onConflictDoNothing().run();
    return code;
  }

  function assignJointCommittee(spec: JointCommitteeSpec & { partnershipId: number }): number {
    jointCommittee(spec.code);
    return insert(s.jointCommitteeAssignments, {
      jointCommitteeCode: spec.code,
      partnershipId: spec.partnershipId,
      validFrom: spec.validFrom ?? '2000-01-01',
      validTo: spec.validTo ?? null,
    });
  }

  function partnership(spec: {
    code: string;
    nameNl?: string;
    kind?: PartnershipKind;
    sectorGroup?: string | null;
    activeFrom?: string | null;
    jointCommittees?: (string | JointCommitteeSpec)[];
  }): number {
    const id = insert(s.partnerships, {
      code: spec.code,
      nameNl: spec.nameNl ?? spec.code,
      kind: spec.kind ?? 'SECTOR',
      sectorGroup: spec.sectorGroup ?? null,
      activeFrom: spec.activeFrom ?? null,
    });
    for (const jc of spec.jointCommittees ?? []) assignJointCommittee({ ...(typeof jc === 'string' ? { code: jc } : jc), partnershipId: id });
    return id;
  }

  function enterprise(
    spec: {
      name?: string;
      legalForm?: LegalForm;
      sizeClass?: SizeClass;
      jointCommittees?: string[];
      declaredPartnershipId?: number | null;
      closedOn?: string | null;
    } = {},
  ): number {
    const n = next();
    const id = insert(s.enterprises, {
      kboNumber: withCheckDigits(String(1_000_000 + n).padStart(8, '0')),
      name: spec.name ?? `Onderneming ${n}`,
      legalForm: spec.legalForm ?? 'PRIVATE',
      sizeClass: spec.sizeClass ?? 'SMALL',
      declaredPartnershipId: spec.declaredPartnershipId ?? null,
      closedOn: spec.closedOn ?? null,
    });
    for (const code of spec.jointCommittees ?? []) {
      jointCommittee(code);
      db.insert(s.enterpriseJointCommittees).values({ enterpriseId: id, jointCommitteeCode: code }).run();
    }
    return id;
  }

  function establishment(spec: {
    enterpriseId: number;
    province?: Province;
    municipalityNisCode?: string;
    name?: string;
    closedOn?: string | null;
  }): number {
    const n = next();
    const nisCode = spec.municipalityNisCode ?? municipality({ province: spec.province ?? 'ANTWERPEN' });
    return insert(s.establishments, {
      establishmentNumber: withCheckDigits(String(20_000_000 + n)),
      enterpriseId: spec.enterpriseId,
      name: spec.name ?? `Vestiging ${n}`,
      municipalityNisCode: nisCode,
      closedOn: spec.closedOn ?? null,
    });
  }

  function training(spec: { code?: string; nameNl?: string; system?: System; level?: Level; standardTrajectory?: string | null } = {}): number {
    const n = next();
    return insert(s.trainings, {
      code: spec.code ?? `T${n}`,
      nameNl: spec.nameNl ?? `Opleiding ${n}`,
      system: spec.system ?? 'DUAL',
      level: spec.level ?? 'SECONDARY',
      standardTrajectory: spec.standardTrajectory ?? null,
    });
  }

  function provider(spec: { code?: string; name?: string; type?: ProviderType; municipalityNisCode?: string | null; province?: Province } = {}): number {
    const n = next();
    const nisCode = spec.municipalityNisCode !== undefined ? spec.municipalityNisCode : spec.province ? municipality({ province: spec.province }) : null;
    return insert(s.trainingProviders, {
      code: spec.code ?? `P${n}`,
      name: spec.name ?? `Opleidingsverstrekker ${n}`,
      type: spec.type ?? 'SCHOOL',
      municipalityNisCode: nisCode,
    });
  }

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

  return {
    province,
    municipality,
    jointCommittee,
    assignJointCommittee,
    partnership,
    enterprise,
    establishment,
    training,
    provider,
    recognition,
    mentor,
    recognitionMentor,
    mentorTraining,
    agreement,
    enrolment,
    followUpAction,
    appeal,
    user,
  };
}

export type Factories = ReturnType<typeof createFactories>;
