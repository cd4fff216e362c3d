/**
 * The questions plugin: Technical questions from partners, answered by staff, with answer history.
 */
import { definePlugin } from '@portico/core';

export const questionsPlugin = definePlugin({
  id: 'questions',
  version: '0.1.0',
  description: 'Technical questions from partners, answered by staff, with answer history',
  requires: ['access', 'deals'],
});
