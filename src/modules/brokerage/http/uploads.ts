import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BrokerageError } from '../errors.ts';

export const UPLOAD_LIMIT = 10 * 1024 * 1024 + 1;

/** Files arrive as the raw request body, whatever their type (in the registering plugin's scope only). */
export function acceptRawUploads(app: FastifyInstance): void {
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_request, body, done) =>
    done(null, body),
  );
}

const EXTENSION_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  txt: 'text/plain',
  csv: 'text/csv',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  zip: 'application/zip',
};

/** The uploaded file: the body must be raw bytes; its type comes from the header, else from the file name. */
export function uploadedFile(request: FastifyRequest, fileName: string) {
  if (!Buffer.isBuffer(request.body)) {
    throw new BrokerageError(
      'INVALID_INPUT',
      'Send the file as the raw request body (Content-Type application/octet-stream or the file type).',
      [{ path: 'body', message: 'must be the file' }],
    );
  }
  const header = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  const mediaType =
    header && header !== 'application/octet-stream'
      ? header
      : (EXTENSION_TYPES[extension] ?? 'application/octet-stream');
  return { fileName, mediaType, content: request.body };
}

/** Sends a stored file as a download (never rendered inline, so an uploaded HTML file cannot run). */
export function sendFile(
  reply: FastifyReply,
  file: { fileName: string; mediaType: string; content: Buffer },
) {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .send(file.content);
}
