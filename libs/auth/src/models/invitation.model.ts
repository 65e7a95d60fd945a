import { Field, ID, ObjectType } from '@nestjs/graphql';

import { Role } from '#access';

@ObjectType('Invitation', { description: 'An invitation to create an account, valid for 7 days and usable once.' })
export class InvitationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field({ description: 'The name the account will get.' })
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'Shown once, to the inviter: the link that lets the invitee set a password.' })
  acceptUrl!: string;

  agencyId!: string | null;
}
