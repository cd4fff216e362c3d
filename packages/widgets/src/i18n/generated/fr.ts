
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's12d6dde9b30c3093': `Ignorer`,
's2c8189544e3ea679': `Réessayer`,
's4ddb60354b4c475a': `Rien pour le moment`,
's5e8250fb85d64c23': `Fermer`,
's6ebc9bd6feae62a3': `Chargement…`,
's7584ded3d749c75e': `Charger plus`,
's97ac102c0c6c5721': `Portico est injoignable. Vérifiez votre connexion et réessayez.`,
'sb9bd4f5a3810b77e': `Un problème est survenu`,
'widgets.error.forbidden.detail': `Votre accès ne comprend pas ceci. Si vous en avez besoin, demandez-le à votre administrateur.`,
'widgets.error.forbidden.title': `Non accessible pour vous`,
'widgets.error.not-found.detail': `Il a peut-être été supprimé, ou le lien est erroné.`,
'widgets.error.not-found.title': `Introuvable`,
'widgets.error.signed-out.detail': `Reconnectez-vous pour continuer.`,
'widgets.error.signed-out.title': `Vous êtes déconnecté`,
'widgets.form.required': `Renseignez ce champ.`,
'widgets.feature-gate.ask': `Parlez-en à votre responsable partenaires.`,
    };
  