import { FollowUpPage } from '../features/follow-up/FollowUpPage';

export default function Route() {
  return <FollowUpPage />;
}
