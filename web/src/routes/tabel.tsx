import { TableBuilderPage } from '../features/table-builder/TableBuilderPage';

export default function Route() {
  return <TableBuilderPage />;
}
