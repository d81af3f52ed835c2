import {
  PROVINCE_LABELS,
  withCheckDigits,
  type LegalForm,
  type Level,
  type PartnershipKind,
  type ProviderType,
  type Province,
  type SizeClass,
  type System,
} from '@duaal/shared';
import type { Db } from '../db/client.js';
import * as s from '../db/schema/index.js';
import { inserter, next } from './factory-base.js';

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


/** Reference data and the places of work: provinces to providers. */
export function placeFactories(db: Db) {
  const insert = inserter(db);

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


  return { province, municipality, jointCommittee, assignJointCommittee, partnership, enterprise, establishment, training, provider };
}
