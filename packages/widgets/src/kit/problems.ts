/** How a failed call reads to a person. */
import { isProblem, type ProblemLike } from '../provider/loose-client.js';

export interface ProblemTexts {
  /** When the call failed without an answer from the server (offline, aborted, a bug). */
  generic: () => string;
  /** Own wording for some statuses (a 404 naming the plugin's object, a 429 saying how long to wait). */
  byStatus?: Partial<Record<number, (problem: ProblemLike) => string>>;
}

/**
 * Builds a plugin's `problemText(error)`: the server's problem detail (else its title), the plugin's
 * own wording for the statuses it names, and its generic text for anything that is not a problem.
 * The texts stay in the plugin, so their message ids and translations do too.
 */
export function problemTexts(texts: ProblemTexts): (error: unknown) => string {
  return (error) => {
    if (!isProblem(error)) return texts.generic();
    return texts.byStatus?.[error.status]?.(error) ?? error.detail ?? error.title;
  };
}
