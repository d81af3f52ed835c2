import { schoolYearOf, TIME_ZONE } from '@duaal/shared';
import { builder } from '../../graphql/builder.js';

// The server's "today", so the dashboard never reads the browser's clock: every status, days
// left and default school year it shows follow the same day as the API (TODAY in demos and tests).

interface ClockShape {
  today: string;
}

const ClockRef = builder.objectRef<ClockShape>('Clock').implement({
  description: 'The day the figures and statuses are computed for.',
  fields: (t) => ({
    today: t.field({ type: 'Date', description: 'Today in Europe/Brussels (or the fixed TODAY setting).', resolve: (c) => c.today }),
    schoolYear: t.string({ description: 'The school year running today, e.g. 2026-2027.', resolve: (c) => schoolYearOf(c.today) }),
    timeZone: t.string({ description: 'Always Europe/Brussels.', resolve: () => TIME_ZONE }),
  }),
});

builder.queryFields((t) => ({
  clock: t.field({
    type: ClockRef,
    description: "Today's date for the signed-in user's dashboard.",
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => ({ today: ctx.today }),
  }),
}));
