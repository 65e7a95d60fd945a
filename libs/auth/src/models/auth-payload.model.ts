import { Field, ObjectType } from '@nestjs/graphql';

import { UserModel } from './user.model.js';

@ObjectType('AuthPayload', { description: 'A new session: a short-lived access token and a one-time refresh token.' })
export class AuthPayloadModel {
  @Field({ description: 'Send as `Authorization: Bearer …`; valid for 15 minutes.' })
  accessToken!: string;

  @Field({ description: 'Exchange once with refreshSession for a new pair; a reused one ends the session.' })
  refreshToken!: string;

  @Field({ description: 'When the access token stops working.' })
  accessTokenExpiresAt!: Date;

  @Field(() => UserModel)
  user!: UserModel;
}
