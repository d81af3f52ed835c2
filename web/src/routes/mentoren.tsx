import { MentorsPage } from '../features/mentors/MentorsPage';

export default function Route() {
  return <MentorsPage />;
}
