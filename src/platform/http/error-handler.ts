import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, type ErrorDetail, type ErrorKind } from '../errors.ts';

export type ErrorBody = { error: { code: string; message: string; details: ErrorDetail[] } };

export function statusOf(kind: ErrorKind): number {
  switch (kind) {
    case 'invalid':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'rate_limited':
      return 429;
    case 'unavailable':
      return 503;
  }
}

function body(code: string, message: string, details: ErrorDetail[] = []): ErrorBody {
  return { error: { code, message, details } };
}

/** Fastify's own 4xx errors (body parsing, size limits, CSRF...) keep their meaning under our codes. */
const FASTIFY_CODES: Record<string, { code: string; message?: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'VALIDATION_FAILED', message: 'The request body is empty; JSON was expected.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'VALIDATION_FAILED', message: 'The request body is not valid JSON.' },
  FST_CSRF_MISSING_SECRET: { code: 'CSRF_INVALID', message: 'Missing CSRF token: send the X-CSRF-Token header from GET /api/session.' },
  FST_CSRF_INVALID_TOKEN: { code: 'CSRF_INVALID', message: 'Invalid CSRF token: send the X-CSRF-Token header from GET /api/session.' },
};

/** `onNotFound` replaces the JSON 404 (the web app serves its shell for client routes). */
export function registerErrorHandling(app: FastifyInstance, onNotFound?: (request: FastifyRequest, reply: FastifyReply) => unknown): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const part = error.validationContext ?? 'body';
      const details = error.validation.map((issue) => ({
        path: [part, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message ?? 'is invalid',
      }));
      const summary = details.map((d) => `${d.path}: ${d.message}`).join('; ');
      return reply.status(400).send(body('VALIDATION_FAILED', `Invalid request: ${summary}`, details));
    }
    if (error instanceof DomainError) {
      if (error.retryAfterSeconds) reply.header('retry-after', String(error.retryAfterSeconds));
      return reply.status(statusOf(error.kind)).send(body(error.code, error.message, error.details));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return reply.status(500).send(body('INTERNAL', 'Internal server error.'));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const known = FASTIFY_CODES[error.code];
      return reply
        .status(status)
        .send(body(known?.code ?? (status === 429 ? 'RATE_LIMITED' : 'BAD_REQUEST'), known?.message ?? error.message));
    }
    // 5xx: the client gets the request id to quote; the details go to the log only.
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(status >= 500 ? status : 500)
      .send(body('INTERNAL', `Internal server error (request ${request.id}).`));
  });

  app.setNotFoundHandler(onNotFound ?? ((request, reply) => reply.status(404).send(routeNotFound(request))));
}

export function routeNotFound(request: FastifyRequest): ErrorBody {
  return body('ROUTE_NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}.`);
}
