import { describe, expect, it } from 'vitest';
import { dimensionLabels } from '../kpis/index.js';
import { createFactories } from '../../testing/factories.js';
import { runGraphQL } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';

// Issue 11: two trainings "Kapper" (a dual secondary one and a Leren en Werken one) were two rows
// "Kapper" on Radar and two equal options in the training filter.
describe('training labels carry system and level', () => {
  const db = createTestDb();
  const f = createFactories(db);
  const admin = f.user({ role: 'ADMIN' });
  f.training({ code: 'K-DUAL', nameNl: 'Kapper', system: 'DUAL', level: 'SECONDARY' });
  f.training({ code: 'K-LENW', nameNl: 'Kapper', system: 'LEREN_EN_WERKEN', level: 'SECONDARY' });
  f.training({ code: 'B-VWO', nameNl: 'Bandenmonteur', system: 'DUAL', level: 'ADULT' });

  it('on Training.label', async () => {
    const result = await runGraphQL<{ trainings: { code: string; label: string }[] }>(db, '{ trainings { code label } }', {}, { userId: admin });
    expect(result.errors).toBeUndefined();
    expect(Object.fromEntries(result.data!.trainings.map((t) => [t.code, t.label]))).toEqual({
      'K-DUAL': 'Kapper (duaal, SO)',
      'K-LENW': 'Kapper (LenW, SO)',
      'B-VWO': 'Bandenmonteur (duaal, VWO)',
    });
  });

  it('on the rows of a KPI grouped by training', () => {
    const labels = dimensionLabels(db, 'TRAINING', ['K-DUAL', 'K-LENW']);
    expect([labels.label('K-DUAL'), labels.label('K-LENW')]).toEqual(['Kapper (duaal, SO)', 'Kapper (LenW, SO)']);
  });
});
