import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import type { Viewer } from './viewer.js';

/** Set by the authentication guard once it has read (or found no) credentials. */
export const VIEWER_RESOLVED = Symbol('samverka.viewerResolved');

export interface ViewerCarrier {
  user?: Viewer;
  [VIEWER_RESOLVED]?: boolean;
}

/** The request object of an HTTP or GraphQL call. */
export function requestOf(context: ExecutionContext): ViewerCarrier {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: ViewerCarrier }>().req;
  return context.switchToHttp().getRequest<ViewerCarrier>();
}

/**
 * The signed-in user, or null for an anonymous viewer. Fails loudly when no
 * authentication guard ran, rather than quietly treating everyone as anonymous.
 */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const request = requestOf(context);
  if (!request[VIEWER_RESOLVED]) throw new Error('CurrentViewer used on a route where the authentication guard did not run');
  return request.user ?? null;
});
