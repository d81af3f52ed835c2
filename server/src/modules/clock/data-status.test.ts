import { describe, expect, it } from 'vitest';
import { createFactories } from '../../testing/factories.js';
import { runGraphQL } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';
import { appendAuditLog } from '../auth/audit.js';

const CLOCK = /* GraphQL */ `{ clock { today schoolYear dataUntil loadedAt } }`;

type ClockData = { clock: { today: string; schoolYear: string; dataUntil: string | null; loadedAt: string | null } };

function setup() {
  const db = createTestDb();
  const f = createFactories(db);
  const admin = f.user({ role: 'ADMIN' });
  return { db, f, admin };
}

describe('clock: the data date ("cijfers tot en met", "geladen op")', () => {
  it('is empty on an empty database', async () => {
    const { db, admin } = setup();
    const result = await runGraphQL<ClockData>(db, CLOCK, {}, { userId: admin, today: '2026-11-20' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.clock).toEqual({ today: '2026-11-20', schoolYear: '2026-2027', dataUntil: null, loadedAt: null });
  });

  it('is the latest event not after today, and the last successful import', async () => {
    const { db, f, admin } = setup();
    const bouw = f.partnership({ code: 'BOUW', jointCommittees: ['124'] });
    const enterpriseId = f.enterprise();
    const establishmentId = f.establishment({ enterpriseId });
    const trainingId = f.training();
    const providerId = f.provider();
    // Events: submitted 2026-09-01, approved 2026-10-05 (the latest event not after today),
    // an agreement planned to start 2026-12-01 (after today: not an event yet), one that ended 2026-06-30.
    const recognitionId = f.recognition({ establishmentId, trainingId, handlingPartnershipId: bouw, jointCommitteeCode: '124', submittedOn: '2026-09-01', approvedOn: '2026-10-05' });
    f.agreement({ establishmentId, trainingId, providerId, recognitionId, startOn: '2026-12-01', plannedEndOn: '2027-06-30' });
    f.agreement({ establishmentId, trainingId, providerId, recognitionId, startOn: '2025-09-01', plannedEndOn: '2026-06-30', actualEndOn: '2026-06-30' });
    // Two imports, the later refused: "geladen op" is the successful one.
    appendAuditLog(db, { userId: admin, action: 'import', entity: 'counter-export', detail: '{}' }, new Date('2026-11-18T07:15:00Z'));
    appendAuditLog(db, { userId: admin, action: 'import_failed', entity: 'counter-export', detail: '{}' }, new Date('2026-11-19T08:00:00Z'));

    const result = await runGraphQL<ClockData>(db, CLOCK, {}, { userId: admin, today: '2026-11-20' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.clock.dataUntil).toBe('2026-10-05');
    expect(result.data!.clock.loadedAt).toBe('2026-11-18T07:15:00.000Z');

    // Seen from 2026-12-15 the agreement of 2026-12-01 has started: it is the latest event.
    const later = await runGraphQL<ClockData>(db, CLOCK, {}, { userId: admin, today: '2026-12-15' });
    expect(later.data!.clock.dataUntil).toBe('2026-12-01');
    // Seen from 2026-07-01 the approval (2026-10-05) lies ahead: the end of 2026-06-30 is the latest.
    const earlier = await runGraphQL<ClockData>(db, CLOCK, {}, { userId: admin, today: '2026-07-01' });
    expect(earlier.data!.clock.dataUntil).toBe('2026-06-30');
  });
});
