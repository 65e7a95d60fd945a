export { AppConfig, ConfigError, loadConfig, type AppConfigValues, type RuntimeMode } from './app-config.js';
export { ConfigModule } from './config.module.js';
export { projectRoot } from './project-root.js';
