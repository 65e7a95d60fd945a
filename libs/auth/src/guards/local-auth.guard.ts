import { type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';

import { BadUserInputError, DomainError, UnauthenticatedError } from '#common';

/** Where the local strategy leaves the user it signed in, for the login resolver. */
export const SIGNED_IN_USER = Symbol('samverka.signedInUser');

/**
 * Passport reads credentials from `request.body`; for a GraphQL mutation they
 * are the arguments. The strategy gets a view of the request whose body is
 * the arguments, leaving the real request untouched.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext): object {
    const gql = GqlExecutionContext.create(context);
    const graphqlContext = gql.getContext<Record<symbol, unknown> & { req: object }>();
    const view = Object.create(graphqlContext.req) as Record<string, unknown>;
    view.body = gql.getArgs();
    graphqlContext[SIGNED_IN_USER] = view;
    return view;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error instanceof DomainError) throw error;
    if (error) throw new UnauthenticatedError();
    // passport-local fails without calling the strategy when a field is empty.
    if (!user) throw new BadUserInputError({ email: 'Ange e-postadress och lösenord.', password: 'Ange e-postadress och lösenord.' });
    return user;
  }
}
