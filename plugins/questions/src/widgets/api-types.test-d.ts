/**
 * Type-level tests, read by `tsc -p tsconfig.widgets.json` and never run. The widgets' client is
 * typed from the generated OpenAPI types and their values from the server's schemas (`Static<>`):
 * both must describe the same answers, so changing a response schema fails this file until the SDK
 * types are regenerated, and then fails every widget and test fake that reads the old shape.
 */
import type { ApiResponse, ItemOf } from '@portico/sdk';
import type { Expect, SameShape } from '@portico/widgets/testing';
import type { Answer, Category, Question, QuestionSummary } from './shared.js';

export type Checks = [
  Expect<SameShape<ItemOf<'/questions'>, QuestionSummary>>,
  Expect<SameShape<ApiResponse<'get', '/questions/{id}'>, Question>>,
  Expect<SameShape<ApiResponse<'post', '/questions'>, Question>>,
  Expect<SameShape<ApiResponse<'put', '/questions/{id}/answer'>, Question>>,
  Expect<SameShape<ApiResponse<'put', '/questions/{id}/assignee'>, Question>>,
  Expect<SameShape<ApiResponse<'post', '/questions/{id}/close'>, Question>>,
  Expect<SameShape<ItemOf<'/questions/{id}/answers'>, Answer>>,
  Expect<SameShape<ItemOf<'/question-categories'>, Category>>,
  Expect<SameShape<ApiResponse<'post', '/question-categories'>, Category>>,
  Expect<SameShape<ApiResponse<'patch', '/question-categories/{id}'>, Category>>,
];

export function renamedField(answer: Question): Question {
  // @ts-expect-error the detail inserts `bodyHtml`: an answer that renamed it is no question
  return { ...answer, bodyHtml: undefined, html: answer.bodyHtml };
}
