import { schoolYearOf, TIME_ZONE } from '@duaal/shared';
import { builder } from '../../graphql/builder.js';
import { dataStatus, type DataStatus } from './data-status.service.js';

// The server's "today", so the dashboard never reads the browser's clock: every status, days
// left and default school year it shows follow the same day as the API (TODAY in demos and tests).

interface ClockShape extends DataStatus {
  today: string;
}

const ClockRef = builder.objectRef<ClockShape>('Clock').implement({
  description: 'The day the figures and statuses are computed for.',
  fields: (t) => ({
    today: t.field({ type: 'Date', description: 'Today in Europe/Brussels (or the fixed TODAY setting).', resolve: (c) => c.today }),
    schoolYear: t.string({ description: 'The school year running today, e.g. 2026-2027.', resolve: (c) => schoolYearOf(c.today) }),
    timeZone: t.string({ description: 'Always Europe/Brussels.', resolve: () => TIME_ZONE }),
    dataUntil: t.field({
      type: 'Date',
      nullable: true,
      description:
        'The figures run up to this day: the latest event in the data (application submitted, status change, agreement started or ended) not after today. Null without records.',
      resolve: (c) => c.dataUntil,
    }),
    loadedAt: t.string({
      nullable: true,
      description: 'When the data was last loaded: the last successful import or demo generation (ISO 8601 instant). Null before the first.',
      resolve: (c) => c.loadedAt,
    }),
  }),
});

builder.queryFields((t) => ({
  clock: t.field({
    type: ClockRef,
    description: "Today's date for the signed-in user's dashboard.",
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => ({ today: ctx.today, ...dataStatus({ db: ctx.db, today: ctx.today }) }),
  }),
}));
