import { AdminPage } from '../features/admin/AdminPage';

export default function Route() {
  return <AdminPage />;
}
