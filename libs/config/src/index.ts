export { AppConfig, type AppConfigValues, ConfigError, loadConfig, LOG_LEVELS, type LogLevel, type RuntimeMode } from './app-config.js';
export { ConfigModule } from './config.module.js';
export { projectRoot } from './project-root.js';
