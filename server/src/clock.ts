import { dateInBrussels } from '@duaal/shared';

/**
 * The one clock of the server. `today()` is the calendar day in Europe/Brussels, or the fixed
 * day of the TODAY setting (demos, tests); `now()` is the instant, for timestamps (audit rows,
 * "updated at"). Nothing else reads the system time: a request reads today once (its context)
 * and passes it down.
 */
export interface Clock {
  today(): string;
  now(): Date;
}

export function createClock(fixedToday?: string | null, now: () => Date = () => new Date()): Clock {
  return {
    today: () => fixedToday ?? dateInBrussels(now()),
    now,
  };
}

/** The system clock in Brussels; tests and demos pass TODAY through createClock instead. */
export const systemClock: Clock = createClock();
