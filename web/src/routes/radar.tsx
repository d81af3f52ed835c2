import { RadarPage } from '../features/radar/RadarPage';

export default function Route() {
  return <RadarPage />;
}
