export { DevelopmentAreasModule } from './development-areas.module.js';
