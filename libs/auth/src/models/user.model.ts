import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Role } from '#access';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a signed-in user may do (see DESIGN.md).',
  valuesMap: {
    ADMIN: { description: 'Everything, plus users and networks.' },
    COORDINATOR: { description: 'Runs the network (MUCF): meetings, invitations, audit log.' },
    LIAISON: { description: 'Keeps one agency’s profile, work and contacts current.' },
    MEMBER: { description: 'Staff of a member agency.' },
  },
});

@ObjectType('User', { description: 'A person who can sign in.' })
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Sign-in address, lower-case.' })
  email!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field({ description: 'False once an admin has disabled the account.' })
  active!: boolean;

  agencyId!: string | null;
}
