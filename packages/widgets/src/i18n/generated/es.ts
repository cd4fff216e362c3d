
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
'widgets.feature-gate.ask': `Consúltelo con su responsable de socios.`,
    };
  