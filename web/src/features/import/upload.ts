import { stringifyDocument } from 'urql';
import { graphql, type ResultOf } from '../../graphql';
import { readToken } from '../../lib/session';

export const ImportCounterExportMutation = graphql(`
  mutation ImportCounterExport($files: [File!]!) {
    importCounterExport(files: $files) {
      ok
      durationMs
      files
      errors {
        file
        line
        field
        message
      }
      counts {
        file
        inserted
        updated
        unchanged
      }
    }
  }
`);

export type ImportReport = ResultOf<typeof ImportCounterExportMutation>['importCounterExport'];

export type UploadOutcome = { report: ImportReport } | { error: string; code?: string };

/** The GraphQL multipart request spec: operations, then the map of form fields to variables, then the files. */
export function multipartBody(files: File[]): FormData {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: stringifyDocument(ImportCounterExportMutation), variables: { files: files.map(() => null) } }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.files.${i}`]]))));
  files.forEach((file, i) => form.append(String(i), file, file.name));
  return form;
}

/**
 * Sends the files with XMLHttpRequest, the one browser API that reports upload progress (urql's
 * fetch does not). `onProgress` gets the fraction sent, 0 to 1.
 */
export function uploadCounterExport(files: File[], onProgress: (fraction: number) => void): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/graphql');
    const token = readToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    // Tells the import history that this came from the dashboard, not from a script.
    xhr.setRequestHeader('x-import-source', 'upload');
    // A multipart POST is a "simple" request any site could send: the server asks for this header (CSRF prevention).
    xhr.setRequestHeader('x-graphql-yoga-csrf', '1');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => resolve({ error: 'network error' });
    xhr.onload = () => {
      let body: { data?: { importCounterExport?: ImportReport } | null; errors?: { message: string; extensions?: { code?: string } }[] };
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        resolve({ error: `HTTP ${xhr.status}` });
        return;
      }
      const report = body.data?.importCounterExport;
      if (report) resolve({ report });
      else resolve({ error: body.errors?.[0]?.message ?? `HTTP ${xhr.status}`, code: body.errors?.[0]?.extensions?.code });
    };
    xhr.send(multipartBody(files));
  });
}
