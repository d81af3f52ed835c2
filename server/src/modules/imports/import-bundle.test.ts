import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadReferenceData } from '@duaal/seeds';
import type { Db } from '../../db/client.js';
import { createTestDb } from '../../testing/test-db.js';
import { databaseDigest } from './database-digest.js';
import { importBundle } from './import-bundle.js';
import { importFolder } from './import-folder.js';
import { readImportFolder } from './read-import-folder.js';

const EXAMPLE = fileURLToPath(new URL('../../../../examples/import', import.meta.url));

let db: Db;
const one = <T>(sql: string, ...params: unknown[]) => db.sqlite.prepare(sql).get(...params) as T;
const all = <T>(sql: string, ...params: unknown[]) => db.sqlite.prepare(sql).all(...params) as T[];

beforeEach(() => {
  db = createTestDb();
  loadReferenceData(db);
});

const inserted = (n: number) => ({ inserted: n, updated: 0, unchanged: 0 });
const unchanged = (n: number) => ({ inserted: 0, updated: 0, unchanged: n });

// Rows per file of examples/import, counted in the files.
const EXAMPLE_ROWS = {
  training_providers: 5,
  enterprises: 5,
  establishments: 6,
  recognitions: 15,
  recognition_status_events: 42,
  mentors: 6,
  recognition_mentors: 13,
  mentor_trainings: 6,
  agreements: 12,
  enrolments: 8,
  follow_up_actions: 6,
  appeals: 3,
};

describe('import of examples/import', () => {
  it('inserts every row and writes one audit-log row', () => {
    const result = importFolder(db, EXAMPLE);
    expect(result).toEqual({
      ok: true,
      counts: Object.fromEntries(Object.entries(EXAMPLE_ROWS).map(([file, n]) => [file, inserted(n)])),
    });
    expect(one('select count(*) as n from audit_log')).toEqual({ n: 1 });
    expect(one('select count(*) as n from mentor_personal_data')).toEqual({ n: 6 });
    // Brasserie De Linde has PC 302 (Horeca) and 118 (Voedingsindustrie).
    expect(
      all("select joint_committee_code as pc from enterprise_joint_committees j join enterprises e on e.id = j.enterprise_id where e.kbo_number = '0765432146' order by 1"),
    ).toEqual([{ pc: '118' }, { pc: '302' }]);
  });

  it('derives status, decision and validity of each recognition from its events', () => {
    importFolder(db, EXAMPLE);
    const recognition = (applicationId: string) =>
      one(
        `select status, decided_on as decidedOn, approved_on as approvedOn, valid_from as validFrom, valid_to as validTo,
         ended_on as endedOn, automatic_approval as automatic from recognitions where application_id = ?`,
        applicationId,
      );
    // Approved 2019-03-12: valid five years minus a day; EXPIRED is the latest event.
    expect(recognition('AV-2019-0412')).toEqual({
      status: 'EXPIRED', decidedOn: '2019-03-12', approvedOn: '2019-03-12', validFrom: '2019-03-12', validTo: '2024-03-11', endedOn: null, automatic: 0,
    });
    // The duplicate of 3 Feb 2023 ends with its original, on 2024-03-11.
    expect(recognition('AV-2023-0101')).toMatchObject({ validFrom: '2023-02-03', validTo: '2024-03-11' });
    expect(recognition('AV-2023-0102')).toMatchObject({ validFrom: '2023-02-03', validTo: '2025-02-13' });
    // The renewal starts its own five years on approval.
    expect(recognition('AV-2024-0057')).toMatchObject({ status: 'APPROVED', validFrom: '2024-01-26', validTo: '2029-01-25' });
    expect(recognition('AV-2021-0733')).toMatchObject({ status: 'REVOKED', endedOn: '2023-05-10', validTo: '2026-09-14' });
    expect(recognition('AV-2023-0812')).toMatchObject({ status: 'STOPPED', endedOn: '2024-06-30' });
    expect(recognition('AV-2023-0048')).toEqual({
      status: 'REJECTED', decidedOn: '2023-01-20', approvedOn: null, validFrom: null, validTo: null, endedOn: null, automatic: 0,
    });
    expect(recognition('AV-2022-0833')).toMatchObject({ status: 'APPROVED', automatic: 1 });
    expect(recognition('AV-2023-0215')).toMatchObject({ status: 'CANCELLED', decidedOn: null });
    expect(all("select reason from recognition_rejection_reasons order by reason")).toEqual([
      { reason: 'INSUFFICIENT_EQUIPMENT' },
      { reason: 'NO_QUALIFIED_MENTOR' },
    ]);
    expect(
      one("select p.application_id as previous from recognitions r join recognitions p on p.id = r.previous_recognition_id where r.application_id = 'AV-2024-0057'"),
    ).toEqual({ previous: 'AV-2023-0101' });
  });

  it('links each agreement to the recognition approved and valid on its start date', () => {
    importFolder(db, EXAMPLE);
    const runsOn = Object.fromEntries(
      all<{ agreement: string; recognition: string }>(
        'select a.agreement_number as agreement, r.application_id as recognition from agreements a join recognitions r on r.id = a.recognition_id',
      ).map((r) => [r.agreement, r.recognition]),
    );
    // Sept 2023: the duplicate (valid until 2024-03-11) holds; the renewal is approved only in Jan 2024.
    expect(runsOn['OVK-2023-01877']).toBe('AV-2023-0101');
    expect(runsOn['OVK-2024-00912']).toBe('AV-2024-0057');
    // The adult training runs on the secondary recognition declared valid for VWO-kok.
    expect(runsOn['OVK-2023-00052']).toBe('AV-2022-0951');
    // Started before the revocation of 2023-05-10.
    expect(runsOn['OVK-2022-01203']).toBe('AV-2021-0733');
    expect(Object.keys(runsOn)).toHaveLength(12);
  });

  it('changes nothing when the same folder is imported twice, except one more audit-log row', () => {
    importFolder(db, EXAMPLE);
    const before = databaseDigest(db);
    const again = importFolder(db, EXAMPLE);
    expect(again).toEqual({
      ok: true,
      counts: Object.fromEntries(Object.entries(EXAMPLE_ROWS).map(([file, n]) => [file, unchanged(n)])),
    });
    expect(databaseDigest(db)).toEqual(before);
    expect(one('select count(*) as n from audit_log')).toEqual({ n: 2 });
  });

  it('updates stored rows in place, keeping their ids', () => {
    const { bundle } = readImportFolder(EXAMPLE);
    importBundle(db, bundle);
    const idBefore = one<{ id: number }>("select id from recognitions where application_id = 'AV-2022-0870'").id;
    // A later export: the recognition was revoked, and its enterprise got a new PC number.
    const result = importBundle(db, {
      enterprises: [{ kbo_number: '0441122544', name: 'Woonzorgcentrum Ter Linden vzw', legal_form: 'NON_PROFIT', size_class: 'LARGE', joint_committees: '330;319', declared_partnership: '', closed_on: '' }],
      recognition_status_events: [{ application_id: 'AV-2022-0870', status: 'REVOKED', occurred_on: '2024-02-01' }],
    });
    expect(result.ok && result.counts.enterprises).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect(result.ok && result.counts.recognition_status_events).toEqual(inserted(1));
    expect(one("select id, status, ended_on as endedOn from recognitions where application_id = 'AV-2022-0870'")).toEqual({
      id: idBefore,
      status: 'REVOKED',
      endedOn: '2024-02-01',
    });
    expect(one("select count(*) as n from enterprise_joint_committees j join enterprises e on e.id = j.enterprise_id where e.kbo_number = '0441122544'")).toEqual({ n: 2 });
  });
});
