// The expected failures of the record services, now plain ServiceErrors (server/src/errors.ts);
// kept here so the modules' imports stay put.
export { badUserInput, forbidden, notFound, unauthenticated } from '../../errors.js';
