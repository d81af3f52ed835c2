import { useState } from 'react';
import { useQuery } from 'urql';
import { orderBy, type parseSort, type recognitionFilter, type RecognitionNode } from '../recognition-list-mapper';
import { RecognitionListQuery } from './recognition-list-query';

export const PAGE = 50;

/**
 * Cursor paging through the recognition list: the cursor each page starts after is kept, so
 * "previous" goes back one page and "next" continues after the last row shown.
 */
export function useRecognitionPages(filter: ReturnType<typeof recognitionFilter>, sort: ReturnType<typeof parseSort>) {
  // The cursor each page starts after; the first page starts at the beginning.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RecognitionListQuery,
    variables: { first: PAGE, after: cursors[page] ?? undefined, filter, orderBy: orderBy(sort) },
  });
  const connection = data?.recognitions;
  const nodes: RecognitionNode[] = connection?.edges.map((e) => e.node) ?? [];
  const total = connection?.totalCount ?? 0;
  const previous = () => setCursors((c) => c.slice(0, -1));
  const next = () => {
    const after = connection?.pageInfo.endCursor;
    if (after) setCursors((c) => [...c, after]);
  };
  return { data, fetching, error, reexecute, connection, nodes, total, page, from: page * PAGE + 1, previous, next };
}
