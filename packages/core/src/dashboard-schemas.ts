/**
 * The answer of `GET /api/v1/portal/dashboard` (see dashboard.ts), from which the server validates it
 * and `<portico-dashboard>` types what it reads. Browser-safe.
 */
import { Type, type Static } from '@sinclair/typebox';

const Forms = Type.Object({ one: Type.String(), other: Type.String() });

export const DashboardItemView = Type.Object({
  key: Type.String(),
  count: Type.Integer({ minimum: 0 }),
  label: Type.Object(
    { en: Forms, fr: Forms, es: Forms },
    { description: 'The counted phrase in each language, in the forms of `Intl.PluralRules` (`one`; `other` for every other category); `{count}` stands for the number' },
  ),
  link: Type.String({ pattern: '^/(?!/)', description: 'The portal path of the page that lists what is counted' }),
  tone: Type.Optional(Type.Union([Type.Literal('attention'), Type.Literal('info')], { description: '`attention`: the person is expected to act on it' })),
});
export type DashboardItemView = Static<typeof DashboardItemView>;

export const DashboardSection = Type.Object({
  key: Type.String({ description: '`<plugin>.<summary>`, e.g. `deals.review`' }),
  pluginId: Type.String(),
  title: Type.Object({ en: Type.String(), fr: Type.String(), es: Type.String() }),
  items: Type.Array(DashboardItemView, { description: 'The counts above zero' }),
  error: Type.Optional(Type.Literal(true, { description: 'The summary could not be made this time (it was logged); `items` is empty' })),
});
export type DashboardSection = Static<typeof DashboardSection>;

export const PortalDashboard = Type.Object(
  { sections: Type.Array(DashboardSection, { description: 'In the order the plugins are registered; a section with nothing to count has no items' }) },
  {
    examples: [
      {
        sections: [
          {
            key: 'deals.review',
            pluginId: 'deals',
            title: { en: 'Deals', fr: 'Opportunités', es: 'Oportunidades' },
            items: [
              {
                key: 'to-review',
                count: 2,
                label: {
                  en: { one: '{count} deal to review', other: '{count} deals to review' },
                  fr: { one: '{count} opportunité à examiner', other: '{count} opportunités à examiner' },
                  es: { one: '{count} oportunidad por revisar', other: '{count} oportunidades por revisar' },
                },
                link: '/deals/review',
                tone: 'attention',
              },
            ],
          },
        ],
      },
    ],
  },
);
export type PortalDashboard = Static<typeof PortalDashboard>;
