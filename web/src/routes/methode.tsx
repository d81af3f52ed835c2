import { MethodologyPage } from '../features/methodology/MethodologyPage';

export default function Route() {
  return <MethodologyPage />;
}
