/**
 * Runs axe-core on an element (its shadow roots included) and fails the test with a readable list
 * of violations. axe-core is loaded as a classic script once, since it is not an ES module.
 */
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe?: typeof import('axe-core');
  }
}

let loading: Promise<void> | undefined;

function loadAxe(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    if (window.axe) return resolve();
    const script = document.createElement('script');
    script.src = new URL('/node_modules/axe-core/axe.min.js', location.origin).href;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('axe-core could not be loaded'));
    document.head.append(script);
  });
  return loading;
}

export async function axeViolations(element: Element, options: RunOptions = {}): Promise<AxeResults['violations']> {
  await loadAxe();
  const results = await window.axe!.run(element, {
    resultTypes: ['violations'],
    ...options,
  });
  return results.violations;
}

/** Throws when axe finds any violation inside `element`. */
export async function expectAccessible(element: Element, options: RunOptions = {}): Promise<void> {
  const violations = await axeViolations(element, options);
  if (violations.length === 0) return;
  const report = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`)
    .join('\n');
  throw new Error(`axe found ${violations.length} violation(s):\n${report}`);
}
