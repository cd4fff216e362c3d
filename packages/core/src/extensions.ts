/**
 * Extension points: how a plugin lets others add to what it does without knowing them — which of
 * their events notify whom, the steps of an onboarding checklist, an assistant's tools, a home page's
 * summaries. The owner defines a point (`<owner>.<name>`) and publishes it in its public face;
 * another plugin contributes values to it in its definition (`contributes`); the owner reads, at run
 * time, the values of the plugins registered beside it (`ctx.extensions.of(point)`). A contribution
 * to a point whose owner is not registered is simply never read.
 */
export interface ExtensionPoint<T> {
  readonly id: string;
  /** Carries the type of the values only; never set. */
  readonly __value?: T;
}

/** Defines a point; its id is `<owner plugin id>.<name>`, e.g. `notifications.events`. */
export function defineExtensionPoint<T>(id: string): ExtensionPoint<T> {
  return Object.freeze({ id }) as ExtensionPoint<T>;
}

/** One value a plugin contributes to a point. */
export interface Contribution {
  readonly point: string;
  readonly value: unknown;
}

/** Contributes a value to a point, typed by the point: `contributes: [contribute(notificationsPoint, {...})]`. */
export function contribute<T>(point: ExtensionPoint<T>, value: T): Contribution {
  return { point: point.id, value };
}

export interface ContributedValue<T> {
  /** The plugin that contributed it. */
  pluginId: string;
  value: T;
}

/** What a plugin reads of the contributions to its points, in the plugins' registration order. */
export interface Extensions {
  of<T>(point: ExtensionPoint<T>): readonly ContributedValue<T>[];
}
