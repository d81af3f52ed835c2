import { formatEnterpriseNumber } from '@duaal/shared';
import type { TableModel } from '../../lib/table';

export interface ProspectNode {
  id: string;
  name: string;
  kboNumber: string;
  jointCommitteeCodes: readonly string[];
  establishments: { edges: readonly { node: { establishmentNumber: string; municipality: { nameNl: string } } }[] };
}

export function prospectTable(
  nodes: readonly ProspectNode[],
  labels: { title: string; enterprise: string; kbo: string; jointCommittees: string; establishment: string; municipality: string },
): TableModel {
  return {
    title: labels.title,
    columns: [
      { key: 'name', label: labels.enterprise },
      { key: 'kbo', label: labels.kbo },
      { key: 'pc', label: labels.jointCommittees },
      { key: 'establishment', label: labels.establishment },
      { key: 'municipality', label: labels.municipality },
    ],
    rows: nodes.map((n) => {
      const est = n.establishments.edges.map((e) => e.node);
      return {
        id: n.id,
        cells: {
          name: n.name,
          kbo: /^\d{10}$/.test(n.kboNumber) ? formatEnterpriseNumber(n.kboNumber) : n.kboNumber,
          pc: n.jointCommitteeCodes.join(', '),
          establishment: est.map((e) => e.establishmentNumber).join(', '),
          municipality: [...new Set(est.map((e) => e.municipality.nameNl))].join(', '),
        },
      };
    }),
  };
}
