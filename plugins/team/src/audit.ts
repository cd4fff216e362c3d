/**
 * What the team plugin's audit actions are called in the log and its CSV. Its targets are people and
 * clients (named by core), and invitations: the invited person, by their name.
 */
import { defineAudit } from '@portico/core';

export const teamAudit = defineAudit({
  actions: {
    'team.invitation.sent': { en: 'Team member invited', fr: 'Membre de l’équipe invité', es: 'Miembro del equipo invitado' },
    'team.invitation.revoked': { en: 'Team invitation revoked', fr: 'Invitation à l’équipe révoquée', es: 'Invitación al equipo revocada' },
    'team.member.role-changed': { en: 'Team member’s role changed', fr: 'Rôle d’un membre de l’équipe modifié', es: 'Rol de un miembro del equipo modificado' },
    'team.member.removed': { en: 'Team member removed', fr: 'Membre retiré de l’équipe', es: 'Miembro eliminado del equipo' },
    'team.client.registered': { en: 'Client registered', fr: 'Client enregistré', es: 'Cliente registrado' },
    'team.client.updated': { en: 'Client changed', fr: 'Client modifié', es: 'Cliente modificado' },
    'team.client.assigned': { en: 'Client assigned', fr: 'Client attribué', es: 'Cliente asignado' },
    'team.client.unassigned': { en: 'Client unassigned', fr: 'Client désattribué', es: 'Cliente desasignado' },
  },
  targets: {
    // An invitation is the invited person (its id is theirs).
    invitation: {
      async name({ db }, ids) {
        const rows: { id: string; name: string }[] = await db('people').whereIn('id', ids).select('id', 'name');
        return new Map(rows.map((r) => [r.id, r.name]));
      },
    },
  },
});
