import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';

import { DomainError, ErrorCode } from '#common';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  REGISTRATION_CLOSED: HttpStatus.CONFLICT,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
};

const logger = new Logger('HTTP');

interface ErrorBody {
  errors: { message: string; extensions: Record<string, unknown> }[];
}

function body(message: string, extensions: Record<string, unknown>): ErrorBody {
  return { errors: [{ message, extensions }] };
}

/** What an error on a plain HTTP route (or before GraphQL runs, in body parsing) answers, in the contract's error shape. */
export function httpErrorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof DomainError) {
    return { status: STATUS[error.code], body: body(error.message, { code: error.code, ...error.extensions }) };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status === HttpStatus.PAYLOAD_TOO_LARGE) {
      return { status, body: body('Förfrågan är för stor (högst 1 MB). / Request body over 1 MB.', { code: ErrorCode.BAD_USER_INPUT }) };
    }
    if (status === HttpStatus.BAD_REQUEST && error.cause instanceof SyntaxError) {
      return { status, body: body('Förfrågan är inte giltig JSON. / Malformed JSON body.', { code: ErrorCode.BAD_USER_INPUT }) };
    }
    if (status < 500) return { status, body: body(error.message, { code: status === HttpStatus.NOT_FOUND ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT }) };
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    body: body('Något gick fel hos oss. Försök igen senare. / Internal error.', { code: 'INTERNAL_SERVER_ERROR' }),
  };
}

/**
 * Errors on plain HTTP routes (health, calendars, exports, and a request
 * body refused before GraphQL sees it) get the contract's codes as JSON with
 * a fitting status. In GraphQL the error goes on to Apollo's formatter, the
 * one place that shapes GraphQL errors.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return error;
    const { status, body: payload } = httpErrorResponse(error);
    host.switchToHttp().getResponse<Response>().status(status).json(payload);
    return undefined;
  }
}
