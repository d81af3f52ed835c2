import { SectorsPage } from '../features/sectors/SectorsPage';

export default function Route() {
  return <SectorsPage />;
}
