/** What the documents plugin's audit actions are called in the log and its CSV, and how its files and spaces are named there. */
import { defineAudit } from '@portico/core';

export const documentsAudit = defineAudit({
  actions: {
    'documents.library.visited': { en: 'Document library visited', fr: 'Bibliothèque de documents consultée', es: 'Biblioteca de documentos consultada' },
    'documents.space.created': { en: 'Document space created', fr: 'Espace de documents créé', es: 'Espacio de documentos creado' },
    'documents.space.changed': { en: 'Document space changed', fr: 'Espace de documents modifié', es: 'Espacio de documentos modificado' },
    'documents.file.uploaded': { en: 'Document uploaded', fr: 'Document déposé', es: 'Documento subido' },
    'documents.file.replaced': { en: 'New version of a document', fr: 'Nouvelle version d’un document', es: 'Nueva versión de un documento' },
    'documents.file.retired': { en: 'Document retired', fr: 'Document retiré', es: 'Documento retirado' },
    'documents.file.restored': { en: 'Document restored', fr: 'Document rétabli', es: 'Documento restablecido' },
    'documents.file.downloaded': { en: 'Document downloaded', fr: 'Document téléchargé', es: 'Documento descargado' },
  },
  targets: {
    document_file: {
      async name({ db }, ids) {
        const rows: { id: string; name: string }[] = await db('document_files').whereIn('id', ids).select('id', 'name');
        return new Map(rows.map((r) => [r.id, r.name]));
      },
    },
    document_space: {
      async name({ db }, ids) {
        const rows: { id: string; title: string }[] = await db('document_spaces').whereIn('id', ids).select('id', 'title');
        return new Map(rows.map((r) => [r.id, r.title]));
      },
    },
  },
});
