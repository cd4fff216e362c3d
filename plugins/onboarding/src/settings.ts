/**
 * The tenant's onboarding: the steps (each completed by one of the plugins' events, for the person the
 * event names) and which of them make up each role's checklist, in order. The defaults cover a new
 * partner's first weeks; a tenant changes titles, links, the events that complete a step, or adds its
 * own steps.
 */
import { BUILT_IN_ROLES, defineSettings, problems, Type, type Static } from '@portico/core';
import { P } from './permissions.js';

const STEP_KEY = '^[a-z][a-z0-9-]{0,39}$';
const EVENT = '^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$';
const Words = (max: number) =>
  Type.Object(
    { en: Type.String({ minLength: 1, maxLength: max }), fr: Type.Optional(Type.String({ minLength: 1, maxLength: max })), es: Type.Optional(Type.String({ minLength: 1, maxLength: max })) },
    { additionalProperties: false, description: 'The words in English, and in French and Spanish when given (else the English ones show)' },
  );

export const OnboardingStep = Type.Object(
  {
    key: Type.String({ pattern: STEP_KEY }),
    title: Words(120),
    description: Type.Optional(Words(400)),
    link: Type.Optional(Type.String({ pattern: '^/[^\\s]*$', maxLength: 300, description: 'Where in the portal the step is done, e.g. `/deals/new`' })),
    events: Type.Array(Type.String({ pattern: EVENT, maxLength: 120 }), { minItems: 1, maxItems: 10, description: 'Any of these events completes the step' }),
    person: Type.Optional(
      Type.String({ pattern: '^(actor|[a-zA-Z][a-zA-Z0-9]*)$', default: 'actor', description: 'Whose step the event completes: `actor` (who acted), or the payload field holding a person id, e.g. `submittedBy`' }),
    ),
    match: Type.Optional(Type.Record(Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]*$' }), Type.Union([Type.String(), Type.Number(), Type.Boolean()]), { description: 'Payload fields the event must have, e.g. `{ "spaceId": "…" }`' })),
  },
  { additionalProperties: false },
);
export type OnboardingStep = Static<typeof OnboardingStep>;

export const DEFAULT_STEPS: OnboardingStep[] = [
  {
    key: 'profile',
    title: { en: 'Complete your profile', fr: 'Complétez votre profil', es: 'Complete su perfil' },
    description: { en: 'Your name, language and time zone, so that emails and dates read right.', fr: 'Votre nom, votre langue et votre fuseau horaire, pour des e-mails et des dates justes.', es: 'Su nombre, idioma y zona horaria, para que los correos y las fechas sean correctos.' },
    link: '/profile',
    events: ['access.profile.updated'],
  },
  {
    key: 'two-factor',
    title: { en: 'Turn on two-factor authentication', fr: 'Activez l’authentification à deux facteurs', es: 'Active la autenticación en dos pasos' },
    description: { en: 'A code from your phone on top of the emailed link keeps your account yours.', fr: 'Un code de votre téléphone en plus du lien par e-mail protège votre compte.', es: 'Un código de su teléfono además del enlace por correo protege su cuenta.' },
    link: '/profile/security',
    events: ['access.mfa.enabled'],
  },
  {
    key: 'invite-team',
    title: { en: 'Invite your team', fr: 'Invitez votre équipe', es: 'Invite a su equipo' },
    description: { en: 'Your salespeople and technical staff, each with the role that fits.', fr: 'Vos commerciaux et vos techniciens, chacun avec le rôle qui convient.', es: 'Sus comerciales y técnicos, cada uno con el rol adecuado.' },
    link: '/team',
    events: ['team.invitation.sent', 'access.person.invited'],
  },
  {
    key: 'partner-guide',
    title: { en: 'Read the partner guide', fr: 'Lisez le guide partenaire', es: 'Lea la guía para socios' },
    description: { en: 'Download a document of the library: the guide, the price list, a deck.', fr: 'Téléchargez un document de la bibliothèque : le guide, la grille tarifaire, une présentation.', es: 'Descargue un documento de la biblioteca: la guía, la lista de precios, una presentación.' },
    link: '/documents',
    events: ['documents.document.downloaded'],
  },
  {
    key: 'first-deal',
    title: { en: 'Register your first deal', fr: 'Enregistrez votre première affaire', es: 'Registre su primera oportunidad' },
    description: { en: 'Protect an opportunity: once approved, it is yours.', fr: 'Protégez une opportunité : une fois approuvée, elle est à vous.', es: 'Proteja una oportunidad: una vez aprobada, es suya.' },
    link: '/deals/new',
    events: ['deals.deal.submitted'],
    person: 'submittedBy',
  },
  {
    key: 'fundamentals',
    title: { en: 'Pass a certification', fr: 'Obtenez une certification', es: 'Obtenga una certificación' },
    description: { en: 'Take a course of the academy and pass its quiz.', fr: 'Suivez un cours de l’académie et réussissez son quiz.', es: 'Haga un curso de la academia y apruebe su cuestionario.' },
    link: '/training',
    events: ['training.attempt.passed'],
    person: 'personId',
  },
  {
    key: 'first-question',
    title: { en: 'Ask the experts', fr: 'Posez une question aux experts', es: 'Pregunte a los expertos' },
    description: { en: 'A technical question about the product or one of your deals.', fr: 'Une question technique sur le produit ou l’une de vos affaires.', es: 'Una pregunta técnica sobre el producto o una de sus oportunidades.' },
    link: '/questions/new',
    events: ['questions.question.asked'],
    person: 'askedBy',
  },
];

export const DEFAULT_CHECKLISTS: Record<string, string[]> = {
  partner_admin: ['profile', 'two-factor', 'invite-team', 'partner-guide', 'first-deal'],
  principal: ['profile', 'two-factor', 'partner-guide', 'first-deal', 'fundamentals'],
  salesperson: ['profile', 'two-factor', 'partner-guide', 'first-deal', 'fundamentals'],
  technical: ['profile', 'two-factor', 'partner-guide', 'fundamentals', 'first-question'],
  partner_user: ['profile', 'two-factor', 'partner-guide'],
};

const Role = Type.Union(BUILT_IN_ROLES.map((r) => Type.Literal(r)));

export const OnboardingSettings = Type.Object({
  steps: Type.Array(OnboardingStep, { maxItems: 50, default: DEFAULT_STEPS, description: 'Every step a checklist may hold' }),
  checklists: Type.Record(Type.String(), Type.Array(Type.String({ pattern: STEP_KEY }), { maxItems: 20 }), {
    default: DEFAULT_CHECKLISTS,
    description: 'For each role (`partner_admin`, `salesperson`… staff roles too), the keys of its steps, in order; a role left out has no checklist',
  }),
});
export type OnboardingSettings = Static<typeof OnboardingSettings>;

/**
 * Staff read and change them. A step sent must name events a registered plugin declares; a checklist
 * names only existing steps, each once, for a built-in role. A step none of whose events a registered
 * plugin declares is left out of every checklist (a server without training shows no course step).
 */
export const onboardingSettings = defineSettings({
  schema: OnboardingSettings,
  read: P.read,
  manage: P.manage,
  summary: 'Read the onboarding steps and each role’s checklist',
  example: { checklists: { partner_user: ['profile', 'partner-guide'] } },
  beforeUpdate({ after, change }, ctx) {
    const keys = new Set<string>();
    after.steps.forEach((step, i) => {
      if (keys.has(step.key)) throw problems.invalidField(`/steps/${i}/key`, `"${step.key}" is the key of another step.`);
      keys.add(step.key);
      // Steps sent now must name declared events; the defaults may name events of plugins this server
      // does not run (those steps are simply not shown).
      if (!change.steps) return;
      step.events.forEach((event, j) => {
        if (!ctx.eventCatalog.has(event)) throw problems.invalidField(`/steps/${i}/events/${j}`, `"${event}" is no event of this programme.`);
      });
    });
    for (const [role, list] of Object.entries(after.checklists)) {
      if (!(Role.anyOf as { const: string }[]).some((r) => r.const === role)) throw problems.invalidField(`/checklists/${role}`, `"${role}" is not a role of the programme.`);
      list.forEach((key, i) => {
        if (!keys.has(key)) throw problems.invalidField(`/checklists/${role}/${i}`, `"${key}" is not one of the steps.`);
        if (list.indexOf(key) !== i) throw problems.invalidField(`/checklists/${role}/${i}`, `"${key}" is listed twice.`);
      });
    }
  },
});
