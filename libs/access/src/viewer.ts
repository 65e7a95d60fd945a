import { Role } from '#prisma';

/** Who is asking: a signed-in user as the access token and the database say, or nobody. */
export interface SignedInViewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
  /** The refresh-token family this access token was issued with. */
  sessionId: string;
}

export type Viewer = SignedInViewer | null;

export { Role };
