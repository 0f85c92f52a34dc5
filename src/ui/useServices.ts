// Which of the other services the user has added: whether the browser holds each one's
// host permission (the one source of truth), kept up to date as permissions change.
import { hasServiceAccess } from '../platform/access';
import { OPTIONAL_SERVICES, type OptionalServiceId } from '../services';
import { usePermissions } from './usePermissions';

export type Granted = Partial<Record<OptionalServiceId, boolean>>;

const readGranted = async (): Promise<Granted> =>
  Object.fromEntries(await Promise.all(OPTIONAL_SERVICES.map(async (s) => [s.id, await hasServiceAccess(s)] as const)));

/** Each optional service's grant (absent until known). */
export function useGranted(): Granted {
  return usePermissions(readGranted, {});
}
