// One queue for work that must not overlap: each task starts once every earlier one has
// settled (a failure does not stop the next). Storage's read-then-write steps, the worker's
// recomputation of badge and alarms, and the registration of content scripts each run in one.

export function serial(): <T>(task: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (task) => {
    const step = queue.then(task);
    queue = step.catch(() => undefined);
    return step;
  };
}
