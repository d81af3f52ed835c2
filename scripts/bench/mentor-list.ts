import { graphql, type BenchServer } from './api.js';
import { measure, summarize, type Summary } from './stats.js';

// The ADMIN mentor list of Mentoren (issue 11: "first page < 1 s, and its export holds every
// row"): `mentorsDue` for all partnerships, the query the web sends, over the product's listener.

const FIELDS = 'mentorId mentorKey name status exportedStatus deadline daysLeft overdue partnershipCode establishmentId recognitions { applicationId establishmentName trainingName }';
export const MENTOR_LIST_QUERY = `query MentorList($filter: WorkListFilter, $first: Int, $after: String) {
  list: mentorsDue(filter: $filter, first: $first, after: $after) { totalCount hasNextPage endCursor nodes { ${FIELDS} } }
}`;
type Page = { list: { totalCount: number; hasNextPage: boolean; endCursor: string | null; nodes: unknown[] } };

export interface MentorListResult {
  /** totalCount of the list. */
  total: number;
  /** The first page of 50 rows, as the page opens. */
  firstPage: Summary;
  /** Every row, in the cursor pages of 200 the CSV/XLSX download walks. */
  exportRows: number;
  exportMs: number;
}

async function page(server: BenchServer, filter: Record<string, unknown>, first: number, after: string | null): Promise<Page['list']> {
  const result = await graphql<Page>(server, MENTOR_LIST_QUERY, { filter, first, after });
  if (!result.data) throw new Error(`mentorsDue: ${JSON.stringify(result.errors)}`);
  return result.data.list;
}

/** First page `runs` times (after one warm-up), then the whole list once, page by page. */
export async function measureMentorList(server: BenchServer, { runs, schoolYear }: { runs: number; schoolYear?: string }): Promise<MentorListResult> {
  const filter = schoolYear ? { schoolYear } : {};
  const total = (await page(server, filter, 50, null)).totalCount;
  const firstPage = summarize(await measure(() => page(server, filter, 50, null), { runs, warmup: 1 }));
  const start = performance.now();
  let exportRows = 0;
  let after: string | null = null;
  for (;;) {
    const list: Page['list'] = await page(server, filter, 200, after);
    exportRows += list.nodes.length;
    if (!list.hasNextPage) break;
    after = list.endCursor;
  }
  return { total, firstPage, exportRows, exportMs: performance.now() - start };
}
