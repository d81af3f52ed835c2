import { builder } from './builder.js';
import '../modules/partnerships/partnerships.graphql.js';
import '../modules/trainings/trainings.graphql.js';

export const schema = builder.toSchema({ sortSchema: true });
