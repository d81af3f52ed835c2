import { builder } from './builder.js';
import '../modules/partnerships/partnerships.graphql.js';
import '../modules/trainings/trainings.graphql.js';
import '../modules/geography/geography.graphql.js';
import '../modules/enterprises/enterprises.graphql.js';
import '../modules/recognitions/recognitions.graphql.js';
import '../modules/mentors/mentors.graphql.js';
import '../modules/agreements/agreements.graphql.js';
import '../modules/appeals/appeals.graphql.js';
import '../modules/auth/auth.graphql.js';
import '../modules/auth/admin.graphql.js';
import '../modules/kpis/kpis.graphql.js';
import '../modules/clock/clock.graphql.js';
import '../modules/follow-up/follow-up.graphql.js';
import '../modules/imports/imports.graphql.js';
import '../modules/live/live.graphql.js';
import '../modules/work-lists/work-lists.graphql.js';

export const schema = builder.toSchema({ sortSchema: true });
