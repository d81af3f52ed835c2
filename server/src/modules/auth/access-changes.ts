import type { Db } from '../../db/client.js';

// When an administrator deactivates (or reactivates) a user, that user's open live subscriptions
// must end at once, not at the next data change. Listeners per database connection, like the
// data-change hub.

type Listener = () => void;
const hubs = new WeakMap<object, Map<number, Set<Listener>>>();

function listenersOf(db: Db): Map<number, Set<Listener>> {
  let hub = hubs.get(db.sqlite);
  if (!hub) {
    hub = new Map();
    hubs.set(db.sqlite, hub);
  }
  return hub;
}

/** Calls `listener` once when the access of `userId` changes; returns the unsubscribe. */
export function onAccessChange(db: Db, userId: number, listener: Listener): () => void {
  const hub = listenersOf(db);
  let set = hub.get(userId);
  if (!set) {
    set = new Set();
    hub.set(userId, set);
  }
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) hub.delete(userId);
  };
}

/** After the commit of a deactivation or reactivation. */
export function notifyAccessChange(db: Db, userId: number): void {
  const set = listenersOf(db).get(userId);
  if (!set) return;
  for (const listener of [...set]) listener();
}
