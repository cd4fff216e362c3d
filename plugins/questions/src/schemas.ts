/** Request and response shapes of the questions API (JSON Schema through TypeBox). */
import { Page, PageQuery, Timestamp, Type, Uuid } from '@portico/core';

export const Status = Type.Union([Type.Literal('open'), Type.Literal('answered'), Type.Literal('closed')]);

const Ref = Type.Object({ id: Uuid, name: Type.String() });
const NullableRef = Type.Union([Ref, Type.Null()]);
const MarkdownText = (maxLength: number) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', description: 'Markdown; raw HTML is shown as text' });

export const Category = Type.Object({ id: Uuid, name: Type.String(), description: Type.String(), createdAt: Timestamp, updatedAt: Timestamp });
const CategoryName = Type.String({ minLength: 1, maxLength: 80, pattern: '^[^\\u0000-\\u001f\\u007f]*\\S[^\\u0000-\\u001f\\u007f]*$', description: 'Unique in the tenant, case-insensitive' });
const CategoryDescription = Type.String({ maxLength: 500 });

export const NewCategory = Type.Object(
  { name: CategoryName, description: Type.Optional(CategoryDescription) },
  { examples: [{ name: 'Integrations', description: 'APIs, webhooks and single sign-on' }] },
);
export const CategoryChanges = Type.Object(
  { name: Type.Optional(CategoryName), description: Type.Optional(CategoryDescription) },
  { minProperties: 1, examples: [{ description: 'APIs, webhooks, SSO and SCIM' }] },
);
export const CategoryList = Page(Category);

export const NewQuestion = Type.Object(
  {
    subject: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    body: MarkdownText(20000),
    categoryId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    dealId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: 'A deal of the asker’s own organisation' })),
  },
  { examples: [{ subject: 'SSO with Azure AD', body: 'Does the **Enterprise** plan support SAML single sign-on with Azure AD?' }] },
);

const Answer = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  body: Type.String({ description: 'Markdown source' }),
  bodyHtml: Type.String({ description: 'Sanitised HTML, safe to insert' }),
  answeredBy: NullableRef,
  createdAt: Timestamp,
});

const questionFields = {
  id: Uuid,
  subject: Type.String(),
  status: Status,
  partner: Ref,
  askedBy: NullableRef,
  category: NullableRef,
  deal: Type.Union([Type.Object({ id: Uuid, title: Type.String(), customerName: Type.String() }), Type.Null()]),
  /** Staff only: partners do not see who triages their question. */
  assignee: Type.Optional(NullableRef),
  answerVersion: Type.Integer({ minimum: 0, description: '0 while unanswered; counts answer updates' }),
  answeredAt: Type.Union([Timestamp, Type.Null()], { description: 'When it was first answered' }),
  closedAt: Type.Union([Timestamp, Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

export const QuestionSummary = Type.Object(questionFields);
export const Question = Type.Object({
  ...questionFields,
  body: Type.String({ description: 'Markdown source' }),
  bodyHtml: Type.String({ description: 'Sanitised HTML, safe to insert' }),
  answer: Type.Union([Answer, Type.Null()], { description: 'The current answer version' }),
});
export const QuestionList = Page(QuestionSummary);
export const AnswerHistory = Page(Answer);

export const ListQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(Status),
  unanswered: Type.Optional(Type.Boolean({ description: 'Only questions that never had an answer' })),
  partnerId: Type.Optional(Uuid),
  categoryId: Type.Optional(Uuid),
  dealId: Type.Optional(Uuid),
  assigneeId: Type.Optional(Type.Union([Uuid, Type.Literal('none')], { description: 'Staff: a staff member, or `none` for unassigned' })),
  askedBy: Type.Optional(Type.Union([Uuid, Type.Literal('me')])),
  askedAfter: Type.Optional(Timestamp),
  askedBefore: Type.Optional(Timestamp),
  sort: Type.Optional(
    Type.Union([Type.Literal('attention'), Type.Literal('oldest'), Type.Literal('newest')], {
      description: '`attention`: open questions first, oldest first within each status (staff default); `newest` (partner default); `oldest`',
    }),
  ),
});
export const HistoryQuery = Type.Object({ ...PageQuery });

export const AnswerBody = Type.Object(
  { body: MarkdownText(50000) },
  { examples: [{ body: 'Yes: SAML 2.0 with Azure AD is included in **Enterprise**. See [the guide](https://docs.example.com/sso).' }] },
);
export const AssigneeBody = Type.Object(
  { assigneeId: Type.Union([Uuid, Type.Null()], { description: 'An active staff member of the tenant; null unassigns' }) },
  { examples: [{ assigneeId: null }] },
);
