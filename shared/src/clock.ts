// The calendar day of an instant in Brussels: "today" for every status, deadline and default
// school year. Pure (the instant is passed in); the server's clock module is the one caller of
// the system time.

export const TIME_ZONE = 'Europe/Brussels';

const brusselsDay = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const brusselsTime = new Intl.DateTimeFormat('nl-BE', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false });

/** ISO date (YYYY-MM-DD) of an instant in Europe/Brussels, whatever the machine's time zone. */
export function dateInBrussels(instant: Date): string {
  return brusselsDay.format(instant);
}

/** "14:32": the time of day of an instant in Europe/Brussels. */
export function timeInBrussels(instant: Date): string {
  return brusselsTime.format(instant);
}
