import { useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { useExportHeader } from '../../../components/use-export-header';
import { useI18n } from '../../../i18n/i18n';
import { template } from '../../../i18n/template';
import { downloadCsv, downloadXlsx } from '../../../lib/download';
import { formatNumber } from '../../../lib/format';
import { orderBy, recognitionTable, type parseSort, type recognitionFilter, type RecognitionListLabels, type RecognitionNode } from '../recognition-list-mapper';
import { RecognitionListQuery } from './recognition-list-query';

/** Export pages: the API's maximum page size. */
const EXPORT_PAGE = 200;
/** An export reads at most this many rows (50 requests); beyond that, narrow the filters. */
const EXPORT_MAX = 10_000;

/** Reads every page (200 at a time, at most EXPORT_MAX rows) and saves them as CSV or XLSX. */
export function useRecognitionExport(filter: ReturnType<typeof recognitionFilter>, sort: ReturnType<typeof parseSort>, labels: RecognitionListLabels) {
  const { t, locale } = useI18n();
  const client = useClient();
  const exportHeader = useExportHeader('K1');
  const [state, setState] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const run = async (format: 'csv' | 'xlsx') => {
    const nodes: RecognitionNode[] = [];
    let after: string | undefined;
    let total = 0;
    setState({ busy: true, message: t.state.loading });
    while (nodes.length < EXPORT_MAX) {
      const result = await client
        .query(RecognitionListQuery, { first: Math.min(EXPORT_PAGE, EXPORT_MAX - nodes.length), after, filter, orderBy: orderBy(sort) })
        .toPromise();
      if (!live.current) return;
      if (!result.data) {
        setState({ busy: false, message: t.state.error });
        return;
      }
      const c = result.data.recognitions;
      total = c.totalCount;
      nodes.push(...c.edges.map((e) => e.node));
      setState({ busy: true, message: template(t.recognitions.exporting, { done: formatNumber(nodes.length, 'COUNT', locale), total: formatNumber(total, 'COUNT', locale) }) });
      if (!c.pageInfo.hasNextPage || !c.pageInfo.endCursor) break;
      after = c.pageInfo.endCursor;
    }
    const model = recognitionTable(nodes, labels, locale);
    const header = await exportHeader(model);
    if (format === 'csv') downloadCsv(model, header);
    else await downloadXlsx(model, header);
    setState({
      busy: false,
      message: nodes.length < total ? template(t.recognitions.exportCapped, { shown: formatNumber(nodes.length, 'COUNT', locale), total: formatNumber(total, 'COUNT', locale) }) : '',
    });
  };
  return { ...state, run };
}
