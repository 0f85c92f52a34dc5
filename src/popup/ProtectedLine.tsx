// One line under LinkedIn's step: how many of the services the user added are protected,
// counted by the dashboard's own reading (ui/tile-state.ts), and a link to the dashboard.
import { tn } from '../platform/i18n';
import type { State } from '../store/items';
import { protectedCount } from '../ui/tile-state';
import type { Granted } from '../ui/useServices';
import { openOptions } from './openOptions';

export function ProtectedLine({ state, granted, now }: { state: State; granted: Granted; now: number }) {
  const { protected: n, added } = protectedCount(state, granted, now);
  return (
    <button type="button" class="link" data-open="dashboard" data-testid="protected-line" onClick={() => void openOptions('dashboard')}>
      {tn('popupProtected', added, String(n), String(added))}
    </button>
  );
}
