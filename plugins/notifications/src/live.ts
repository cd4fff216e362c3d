/**
 * Live delivery within one server: the streams open on it, by person, told when something of theirs
 * changed (a notification arrived, one was read). Another server's changes reach a stream through its
 * periodic check of the newest notification (stream.ts), so a fleet of servers needs no broker.
 */
export type LiveChange = { type: 'notification'; id: string } | { type: 'unread' };
type Listener = (change: LiveChange) => void;

export class LiveHub {
  readonly #listeners = new Map<string, Set<Listener>>();

  subscribe(tenantId: string, personId: string, listener: Listener): () => void {
    const key = `${tenantId}:${personId}`;
    let set = this.#listeners.get(key);
    if (!set) this.#listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#listeners.delete(key);
    };
  }

  publish(tenantId: string, personId: string, change: LiveChange): void {
    for (const listener of this.#listeners.get(`${tenantId}:${personId}`) ?? []) listener(change);
  }

  /** Open streams, all people together (for figures and tests). */
  get connections(): number {
    let n = 0;
    for (const set of this.#listeners.values()) n += set.size;
    return n;
  }
}
