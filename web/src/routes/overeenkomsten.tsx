import { AgreementsPage } from '../features/agreements/AgreementsPage';

export default function Route() {
  return <AgreementsPage />;
}
