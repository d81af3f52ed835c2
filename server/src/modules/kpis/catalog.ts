import type { KpiDefinition, KpiId } from './engine/types.js';
import { K1, K2 } from './definitions/k01-k02-recognitions.js';
import { K3, K4 } from './definitions/k03-k04-applications.js';
import { K5, K6 } from './definitions/k05-k06-decisions.js';
import { K7, K8 } from './definitions/k07-k08-ended.js';
import { K9, K10, K11 } from './definitions/k09-k11-mentors.js';
import { K12, K13, K14 } from './definitions/k12-k14-agreements.js';
import { K15, K16 } from './definitions/k15-k16-enterprises.js';
import { K17 } from './definitions/k17-supply-demand.js';
import { K18 } from './definitions/k18-lead-time.js';
import { K19, K20 } from './definitions/k19-k20-follow-up.js';
import { withPlans } from './plans.js';

/** The KPI catalogue of DOMAIN.md §4, in order. */
export const KPI_CATALOG: readonly KpiDefinition[] = withPlans([
  K1, K2, K3, K4, K5, K6, K7, K8, K9, K10, K11, K12, K13, K14, K15, K16, K17, K18, K19, K20,
]);

export const KPIS_BY_ID = new Map<KpiId, KpiDefinition>(KPI_CATALOG.map((k) => [k.id, k]));
