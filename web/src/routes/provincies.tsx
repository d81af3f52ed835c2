import { ProvincesPage } from '../features/provinces/ProvincesPage';

export default function Route() {
  return <ProvincesPage />;
}
