import { ReportPage } from '../features/report/ReportPage';

export default function Route() {
  return <ReportPage />;
}
