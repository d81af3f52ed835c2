import { OverviewPage } from '../features/overview/OverviewPage';

export default function Route() {
  return <OverviewPage />;
}
