import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../testing/test-db.js';
import { publishDataChange, setDataChangeWarmer, subscribeToDataChanges, WARM_MS } from './data-changes.js';

// The announcement of a change waits for the warmer (the figures of open dashboards computed
// first), but never longer than WARM_MS.

async function firstEvent(db: ReturnType<typeof createTestDb>) {
  const iterator = subscribeToDataChanges(db)[Symbol.asyncIterator]();
  const next = iterator.next();
  return { next, stop: () => iterator.return?.() };
}

describe('announcing a data change', () => {
  it('announces after the warmer has finished', async () => {
    const db = createTestDb();
    const order: string[] = [];
    setDataChangeWarmer(db, async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      order.push('warmed');
    });
    const { next, stop } = await firstEvent(db);
    publishDataChange(db, { source: 'FOLLOW_UP', tables: ['follow_up_actions'] });
    const event = await next;
    order.push('announced');
    expect(event.value).toMatchObject({ source: 'FOLLOW_UP', tables: ['follow_up_actions'] });
    expect(order).toEqual(['warmed', 'announced']);
    await stop();
  });

  it('announces anyway when the warmer fails or takes longer than WARM_MS', async () => {
    const db = createTestDb();
    let settled = false;
    setDataChangeWarmer(db, () => new Promise((resolve) => setTimeout(() => resolve((settled = true)), WARM_MS * 4)));
    const { next, stop } = await firstEvent(db);
    publishDataChange(db, { source: 'IMPORT', tables: ['agreements'] });
    expect((await next).value).toMatchObject({ source: 'IMPORT' });
    // Announced before the slow warmer was done.
    expect(settled).toBe(false);
    setDataChangeWarmer(db, () => Promise.reject(new Error('worker gone')));
    const second = await firstEvent(db);
    publishDataChange(db, { source: 'IMPORT', tables: ['agreements'] });
    expect((await second.next).value).toMatchObject({ source: 'IMPORT' });
    await Promise.all([stop(), second.stop()]);
  });
});
