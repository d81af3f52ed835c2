import { print, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../testing/factories.js';
import { runGraphQL } from '../testing/graphql-client.js';
import { createTestDb } from '../testing/test-db.js';

// The dashboard's overview asks for its first paint in one request (web/src/features/overview/
// overview-start.ts): the user, the clock, the filter bar's lists, the KPI catalogue and nine
// tiles with their trends. This test sends that very document, as urql sends it (with
// __typename added), so a tighter query limit or a renamed field shows up here, not in the browser.

const WEB_START = '../../../web/src/features/overview/overview-start.ts';

describe("the dashboard overview's first request", () => {
  it('is accepted by the API limits and answers every part', async () => {
    const { OverviewStartQuery } = (await import(/* @vite-ignore */ WEB_START)) as { OverviewStartQuery: DocumentNode };
    const { formatDocument } = (await import('urql')) as unknown as { formatDocument: (d: DocumentNode) => DocumentNode };
    const db = createTestDb();
    const f = createFactories(db);
    const admin = f.user({ role: 'ADMIN', email: 'admin@example.test' });
    const r = await runGraphQL<Record<string, unknown> & { me: { email: string }; clock: { today: string; schoolYear: string } }>(
      db,
      print(formatDocument(OverviewStartQuery)),
      { schoolYear: '2024-2025', compareWith: '2023-2024', filter: {}, withMunicipalities: false },
      { userId: admin, today: '2025-03-14' },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.me.email).toBe('admin@example.test');
    // 14 March 2025 lies in the school year that started on 1 September 2024.
    // No records and no import in this database: no data date, no load time.
    expect(r.data!.clock).toEqual({ __typename: 'Clock', today: '2025-03-14', schoolYear: '2024-2025', dataUntil: null, loadedAt: null });
    // Nine tiles, each with its trend (t0 … t8 in overview-start.ts).
    for (let i = 0; i < 9; i++) {
      expect(r.data![`t${i}`]).toBeTruthy();
      expect(r.data![`t${i}Trend`]).toBeTruthy();
    }
  });
});
