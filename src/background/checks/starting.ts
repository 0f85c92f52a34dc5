// A check's tabs open at once, and each tab's run is written once its tab exists: a first
// load quicker than that (seen in Firefox, three tabs opening together) would be taken for
// a page opened by hand, and checked twice. Its question waits, here, for the check of its
// service to be written. Kept in the worker's memory only: a worker stopped in those few
// milliseconds loses nothing but this wait (the tab is sent again, navigate.ts).
const pending = new Map<string, Promise<unknown>>();

/** Run `start`, the start of a check of `service`; loads of that service wait for it. */
export function starting(service: string, start: Promise<unknown>): Promise<unknown> {
  const done = start.finally(() => {
    if (pending.get(service) === done) pending.delete(service);
  });
  pending.set(service, done);
  return done;
}

/** Resolves once no check of `service` is being started. */
export async function startedOf(service: string | undefined): Promise<void> {
  const start = service === undefined ? undefined : pending.get(service);
  if (start) await start.catch(() => undefined);
}
