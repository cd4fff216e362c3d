/**
 * The training plugin: Training modules, quizzes graded on the server, certifications with expiry.
 */
import { definePlugin } from '@portico/core';

export const trainingPlugin = definePlugin({
  id: 'training',
  version: '0.1.0',
  description: 'Training modules, quizzes graded on the server, certifications with expiry',
  requires: ['access'],
});
