export { AuthModule } from './auth.module.js';
export { AuthRepository } from './auth.repository.js';
export { JwtAuthGuard } from './guards/jwt-auth.guard.js';
export { AuthPayloadModel, InvitationModel, UserModel } from './models/index.js';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PasswordHasher } from './password-hasher.js';
export { UserLoaders } from './user.loaders.js';
