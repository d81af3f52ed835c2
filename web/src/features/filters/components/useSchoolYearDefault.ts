import { useEffect, useState } from 'react';
import { useFilters } from '../../../lib/router';
import { useClock } from '../../clock/clock';

/**
 * A link without a school year opens on the running one (the server's today), or the latest
 * with data; written into the URL so a copied link keeps showing that year next year too.
 * Returns the notice to show when the link asked for a year the data does not hold.
 */
export function useSchoolYearDefault(years: readonly string[] | undefined) {
  const { filters, update } = useFilters();
  const { schoolYear: running } = useClock();
  // A link with a year the data does not hold (a later one, typically) is not rewritten in silence:
  // a notice names the year asked for and the year shown, until another year is chosen.
  const [replaced, setReplaced] = useState<{ requested: string; shown: string } | null>(null);
  useEffect(() => {
    const fallback = years?.includes(running) ? running : years?.at(-1);
    if (years && fallback && (!filters.schoolYear || !years.includes(filters.schoolYear))) {
      setReplaced(filters.schoolYear ? { requested: filters.schoolYear, shown: fallback } : null);
      update({ ...filters, schoolYear: fallback }, { replace: true });
    }
  }, [years, running, filters, update]);
  const yearNotice = replaced && replaced.shown === filters.schoolYear ? replaced : null;
  return { yearNotice, running };
}
