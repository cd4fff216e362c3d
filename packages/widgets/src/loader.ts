/**
 * The loader (`portico.js`): the one script a page includes. It knows which chunk defines each
 * Portico tag and imports that chunk the first time such an element is in the page, or is added
 * later, so a page pays only for the widgets it shows. It imports nothing itself: it must stay small.
 */
export type ElementTable = Readonly<Record<string, () => Promise<unknown>>>;

export interface Loader {
  /** Defines `tag` now (if the loader knows it); resolves once it is defined. */
  define(tag: string): Promise<void>;
  /** Stops watching the page. */
  stop(): void;
}

export function startLoader(elements: ElementTable, root: Document | ShadowRoot = document): Loader {
  const pending = new Map<string, Promise<void>>();
  const tags = Object.keys(elements);
  const selector = tags.join(',');

  const define = (tag: string): Promise<void> => {
    const load = elements[tag];
    if (!load || customElements.get(tag)) return Promise.resolve();
    let loading = pending.get(tag);
    if (!loading) {
      loading = load().then(
        () => customElements.whenDefined(tag).then(() => undefined),
        (error: unknown) => {
          // A failed chunk (offline, a deploy in between) may be retried when the element shows again.
          pending.delete(tag);
          console.error(`Portico could not load <${tag}>`, error);
        },
      );
      pending.set(tag, loading);
    }
    return loading;
  };

  const visit = (node: Node) => {
    if (!(node instanceof Element)) return;
    const tag = node.localName;
    if (tag in elements) void define(tag);
    if (selector) for (const child of node.querySelectorAll(selector)) void define(child.localName);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) visit(node);
  });
  // Widgets render other widgets inside their shadow roots (a deal's page shows its questions), where
  // an observer of the document does not see: watch every shadow root attached from now on as well.
  const attachShadow = Element.prototype.attachShadow;
  if (root instanceof Document) {
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
      const shadow = attachShadow.call(this, init);
      if (selector) observer.observe(shadow, { childList: true, subtree: true });
      return shadow;
    };
  }
  const start = () => {
    if (selector) for (const element of root.querySelectorAll(selector)) void define(element.localName);
    observer.observe(root, { childList: true, subtree: true });
  };
  if (root instanceof Document && root.readyState === 'loading') root.addEventListener('DOMContentLoaded', start, { once: true });
  else start();

  return {
    define,
    stop: () => {
      observer.disconnect();
      if (root instanceof Document) Element.prototype.attachShadow = attachShadow;
    },
  };
}
