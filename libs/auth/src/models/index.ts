export { AuthPayloadModel } from './auth-payload.model.js';
export { InvitationModel } from './invitation.model.js';
export { UserModel } from './user.model.js';
