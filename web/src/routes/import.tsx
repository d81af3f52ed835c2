import { ImportPage } from '../features/import/ImportPage';

export default function Route() {
  return <ImportPage />;
}
