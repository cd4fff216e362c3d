/**
 * What access's audit actions are called in the log and its CSV, and how its own targets are named
 * (people, partners and the tenant are core's, named by core).
 */
import { defineAudit, type Locale } from '@portico/core';

const sessionOf: Record<Locale, (name: string) => string> = {
  en: (name) => `Session of ${name}`,
  fr: (name) => `Session : ${name}`,
  es: (name) => `Sesión de ${name}`,
};

export const accessAudit = defineAudit({
  actions: {
    'access.api-key.created': { en: 'API key created', fr: 'Clé d’API créée', es: 'Clave de API creada' },
    'access.api-key.revoked': { en: 'API key revoked', fr: 'Clé d’API révoquée', es: 'Clave de API revocada' },
    'access.audit.exported': { en: 'Audit log exported', fr: 'Journal d’audit exporté', es: 'Registro de auditoría exportado' },
    'access.brand.updated': { en: 'Brand changed', fr: 'Image de marque modifiée', es: 'Imagen de marca modificada' },
    'access.embed-origins.updated': { en: 'Embedding sites changed', fr: 'Sites d’intégration modifiés', es: 'Sitios de integración modificados' },
    'access.embed-token.minted': { en: 'Embed token issued', fr: 'Jeton d’intégration émis', es: 'Token de integración emitido' },
    'access.group.created': { en: 'Access group created', fr: 'Groupe d’accès créé', es: 'Grupo de acceso creado' },
    'access.group.updated': { en: 'Access group changed', fr: 'Groupe d’accès modifié', es: 'Grupo de acceso modificado' },
    'access.group.deleted': { en: 'Access group deleted', fr: 'Groupe d’accès supprimé', es: 'Grupo de acceso eliminado' },
    'access.group.members-replaced': { en: 'Access group members changed', fr: 'Membres du groupe d’accès modifiés', es: 'Miembros del grupo de acceso modificados' },
    'access.mfa.enrolment-started': { en: 'Two-factor setup started', fr: 'Configuration de la double authentification commencée', es: 'Configuración de la verificación en dos pasos iniciada' },
    'access.mfa.confirmed': { en: 'Two-factor authentication turned on', fr: 'Double authentification activée', es: 'Verificación en dos pasos activada' },
    'access.mfa.verified': { en: 'Two-factor code accepted', fr: 'Code de double authentification accepté', es: 'Código de verificación en dos pasos aceptado' },
    'access.mfa.failed': { en: 'Two-factor code refused', fr: 'Code de double authentification refusé', es: 'Código de verificación en dos pasos rechazado' },
    'access.mfa.recovery-codes-replaced': { en: 'Recovery codes replaced', fr: 'Codes de secours remplacés', es: 'Códigos de recuperación reemplazados' },
    'access.mfa.disabled': { en: 'Two-factor authentication turned off', fr: 'Double authentification désactivée', es: 'Verificación en dos pasos desactivada' },
    'access.partner.created': { en: 'Partner created', fr: 'Partenaire créé', es: 'Socio creado' },
    'access.partner.updated': { en: 'Partner changed', fr: 'Partenaire modifié', es: 'Socio modificado' },
    'access.partner-group.created': { en: 'Partner group created', fr: 'Groupe du partenaire créé', es: 'Grupo del socio creado' },
    'access.partner-group.updated': { en: 'Partner group changed', fr: 'Groupe du partenaire modifié', es: 'Grupo del socio modificado' },
    'access.partner-group.deleted': { en: 'Partner group deleted', fr: 'Groupe du partenaire supprimé', es: 'Grupo del socio eliminado' },
    'access.partner-group.members-replaced': { en: 'Partner group members changed', fr: 'Membres du groupe du partenaire modifiés', es: 'Miembros del grupo del socio modificados' },
    'access.partner-group.permissions-withdrawn': {
      en: 'Permissions withdrawn from a partner group',
      fr: 'Permissions retirées d’un groupe du partenaire',
      es: 'Permisos retirados de un grupo del socio',
    },
    'access.person.invited': { en: 'Person invited', fr: 'Personne invitée', es: 'Persona invitada' },
    'access.person.invite-resent': { en: 'Invitation sent again', fr: 'Invitation renvoyée', es: 'Invitación reenviada' },
    'access.person.created': { en: 'Person created', fr: 'Personne créée', es: 'Persona creada' },
    'access.person.activated': { en: 'Person activated', fr: 'Personne activée', es: 'Persona activada' },
    'access.person.deactivated': { en: 'Person deactivated', fr: 'Personne désactivée', es: 'Persona desactivada' },
    'access.person.reactivated': { en: 'Person reactivated', fr: 'Personne réactivée', es: 'Persona reactivada' },
    'access.person.removed': { en: 'Person removed', fr: 'Personne retirée', es: 'Persona eliminada' },
    'access.person.mfa-reset': { en: 'Two-factor authentication reset', fr: 'Double authentification réinitialisée', es: 'Verificación en dos pasos restablecida' },
    'access.profile.updated': { en: 'Profile changed', fr: 'Profil modifié', es: 'Perfil modificado' },
    'access.session.created': { en: 'Signed in', fr: 'Connexion', es: 'Inicio de sesión' },
    'access.session.ended': { en: 'Session ended', fr: 'Session terminée', es: 'Sesión cerrada' },
    'access.session.ended-everywhere': { en: 'Signed out everywhere', fr: 'Déconnexion partout', es: 'Sesión cerrada en todas partes' },
    'access.sign-in.requested': { en: 'Sign-in link requested', fr: 'Lien de connexion demandé', es: 'Enlace de inicio de sesión solicitado' },
    'access.sign-in.link-refused': { en: 'Sign-in link refused', fr: 'Lien de connexion refusé', es: 'Enlace de inicio de sesión rechazado' },
    'access.sign-in.code-refused': { en: 'Sign-in code refused', fr: 'Code de connexion refusé', es: 'Código de inicio de sesión rechazado' },
  },
  targets: {
    'api-key': {
      async name({ db }, ids) {
        const rows: { id: string; name: string }[] = await db('access_api_keys').whereIn('id', ids).select('id', 'name');
        return new Map(rows.map((r) => [r.id, r.name]));
      },
    },
    access_group: {
      async name({ db }, ids) {
        const rows: { id: string; name: string }[] = await db('access_groups').whereIn('id', ids).select('id', 'name');
        return new Map(rows.map((r) => [r.id, r.name]));
      },
    },
    session: {
      async name({ db, locale }, ids) {
        const rows: { id: string; name: string }[] = await db('access_sessions as s').join('people as p', 'p.id', 's.person_id').whereIn('s.id', ids).select('s.id', 'p.name');
        return new Map(rows.map((r) => [r.id, sessionOf[locale](r.name)]));
      },
    },
  },
});
