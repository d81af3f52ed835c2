import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/StateView';
import { graphql } from '../../graphql';

// "Today" comes from the server (Europe/Brussels, or its TODAY setting), never from the browser's
// clock: days left, statuses and the default school year on screen follow the API's day. The same
// query says up to which day the figures run and when they were loaded; it is on screen all the
// time, so the live refresh (lib/live-refresh.ts) asks it again after every import.

export const ClockFields = graphql(`
  fragment ClockFields on Clock {
    today
    schoolYear
    dataUntil
    loadedAt
  }
`);

export const ClockQuery = graphql(
  `
    query Clock {
      clock {
        ...ClockFields
      }
    }
  `,
  [ClockFields],
);

export interface ClockValue {
  /** ISO date. */
  today: string;
  /** The school year running today. */
  schoolYear: string;
  /** The figures run up to this day (ISO date); null without records. */
  dataUntil: string | null;
  /** The last successful import (ISO instant); null before the first. */
  loadedAt: string | null;
}

const ClockContext = createContext<ClockValue | null>(null);

/** Asked again every quarter of an hour, so a dashboard left open follows the calendar past midnight. */
const REFRESH_MS = 15 * 60_000;

export function ClockProvider({ children }: { children: ReactNode }) {
  const [{ data, error }, reexecute] = useQuery({ query: ClockQuery });
  useEffect(() => {
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reexecute]);
  if (error && !data) return <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  return <ClockContext.Provider value={data.clock}>{children}</ClockContext.Provider>;
}

/** Today and the running school year, as the server counts them. */
export function useClock(): ClockValue {
  const clock = useContext(ClockContext);
  if (!clock) throw new Error('useClock outside ClockProvider');
  return clock;
}
