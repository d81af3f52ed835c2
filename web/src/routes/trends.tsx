import { TrendsPage } from '../features/trends/TrendsPage';

export default function Route() {
  return <TrendsPage />;
}
