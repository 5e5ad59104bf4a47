const KNOWN = ['UNSUPPORTED_TYPE', 'UNSUPPORTED_FILE_TYPE', 'TOO_LARGE', 'FILE_TOO_LARGE', 'EMPTY_FILE'];

/**
 * Why one file was not attached: the server's text for the file (or the problem's own text), else our wording of
 * its stable code, else the HTTP error's message.
 */
export const uploadErrorMessage = (error: any, translate: (key: string, options?: any) => string): string => {
  const body = error?.body ?? {};
  const list: any[] = Array.isArray(body.errors) ? body.errors : [];
  const atFile = list.find(e => e?.field === 'file') ?? list[0];
  if (atFile?.message) return atFile.message;
  const code = atFile?.code ?? body.code;
  if (code && KNOWN.includes(code)) return translate(`app.tasks.documents.errors.${code}`);
  if (body.title) return body.title;
  return translate(error?.message ?? 'app.error.unexpected', { _: error?.message ?? String(error) });
};

const KB = 1024;

/** A file size as people read it. */
export const fileSize = (bytes: number) =>
  bytes >= KB * KB ? `${(bytes / KB / KB).toFixed(1)} MB` : `${Math.max(1, Math.ceil(bytes / KB))} KB`;
