
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's12d6dde9b30c3093': `Descartar`,
's2c8189544e3ea679': `Reintentar`,
's4ddb60354b4c475a': `Todavía no hay nada`,
's5e8250fb85d64c23': `Cerrar`,
's6ebc9bd6feae62a3': `Cargando…`,
's7584ded3d749c75e': `Cargar más`,
's97ac102c0c6c5721': `No se pudo conectar con Portico. Comprueba tu conexión e inténtalo de nuevo.`,
'sb9bd4f5a3810b77e': `Algo salió mal`,
'widgets.error.forbidden.detail': `Su acceso no incluye esto. Si lo necesita, pídaselo a su administrador.`,
'widgets.error.forbidden.title': `No disponible para usted`,
'widgets.error.not-found.detail': `Puede que se haya eliminado o que el enlace no sea correcto.`,
'widgets.error.not-found.title': `No encontrado`,
'widgets.error.signed-out.detail': `Vuelva a iniciar sesión para continuar.`,
'widgets.error.signed-out.title': `Ha cerrado la sesión`,
'widgets.form.required': `Complete este campo.`,
'widgets.feature-gate.ask': `Consúltelo con su responsable de socios.`,
    };
  