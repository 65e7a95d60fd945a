export { AppConfig, type AppConfigValues, ConfigError, loadConfig, type RuntimeMode } from './app-config.js';
export { ConfigModule } from './config.module.js';
export { projectRoot } from './project-root.js';
