import { describe, expect, it, vi } from 'vitest';
import { HttpProblem, problems } from '../src/errors.js';

describe('HttpProblem', () => {
  it('is recognised across copies of @portico/core: a plugin with its own copy still answers problems, not 500s', async () => {
    // A second copy of the module, as a plugin installed from a folder with its own node_modules has.
    vi.resetModules();
    const copy = (await import('../src/errors.js')) as typeof import('../src/errors.js');
    expect(copy.HttpProblem).not.toBe(HttpProblem);
    const thrownByPlugin = copy.problems.notFound('No such referral.');
    expect(thrownByPlugin instanceof HttpProblem).toBe(true);
    expect(problems.forbidden() instanceof copy.HttpProblem).toBe(true);
    expect(new Error('boom') instanceof HttpProblem).toBe(false);
    expect({ status: 404, title: 'Not found' } instanceof HttpProblem).toBe(false);
  });
});
