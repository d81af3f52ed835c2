import { useState } from 'react';
import { useClient } from 'urql';
import { downloadCsv, downloadXlsx } from '../../../lib/download';
import type { TableModel } from '../../../lib/table';
import { reminderTable, workListTable, type ListWords, type WorkList } from '../work-list-mapper';
import type { MentorNode, WorkListNodes as Nodes } from '../work-list-nodes';
import { QUERIES, RecordDownloadMutation, type ListVars } from './work-list-queries';

/** The API's largest page (records/filters.ts MAX_PAGE_SIZE). */
const EXPORT_PAGE = 200;

/**
 * The export of a work list: every row of the filter, fetched page by page with its progress,
 * as CSV, XLSX or (mentors) the mail-merge reminders; a download with names is audited first.
 */
export function useWorkListExport({ list, base, words, tableTitle, total }: { list: WorkList; base: ListVars; words: ListWords; tableTitle: string; total: number }) {
  const client = useClient();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  /** Every row of the list in the order on screen, page by page (the export holds the whole list). */
  async function allNodes(): Promise<Nodes[WorkList][]> {
    const all: Nodes[WorkList][] = [];
    let after: string | null = null;
    for (;;) {
      const r = await client.query(QUERIES[list], { ...base, first: EXPORT_PAGE, offset: 0, after }, { requestPolicy: 'network-only' }).toPromise();
      if (!r.data) throw r.error ?? new Error('export failed');
      all.push(...(r.data.list.nodes as Nodes[WorkList][]));
      setProgress({ done: all.length, total: r.data.list.totalCount });
      if (!r.data.list.hasNextPage || !r.data.list.endCursor) return all;
      after = r.data.list.endCursor;
    }
  }
  /** Personal data (mentor names) leaves the product: written to the audit log before the file is made. */
  async function audit(kind: 'MENTOR_LIST' | 'MENTOR_REMINDERS', rows: number) {
    const r = await client.mutation(RecordDownloadMutation, { kind, rows }).toPromise();
    if (r.error) throw r.error;
  }
  async function exportAll(kind: 'csv' | 'xlsx' | 'reminders') {
    setExportError(null);
    setProgress({ done: 0, total });
    try {
      const all = await allNodes();
      if (kind === 'reminders') {
        const table = reminderTable(all as MentorNode[], words);
        await audit('MENTOR_REMINDERS', table.rows.length);
        // A mail merge reads the first line as the field names: no header block.
        downloadCsv(table, null);
        return;
      }
      const named = list === 'mentors' && (all as MentorNode[]).some((n) => n.name !== null);
      const table: TableModel = workListTable(list, all as never, words, named, tableTitle);
      if (named) await audit('MENTOR_LIST', table.rows.length);
      if (kind === 'csv') downloadCsv(table);
      else await downloadXlsx(table);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    } finally {
      setProgress(null);
    }
  }

  return { progress, exportError, exportAll };
}
