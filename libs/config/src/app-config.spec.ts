import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('has working defaults for a fresh checkout', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: 'development',
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      publicUrl: 'http://localhost:3000',
      accessTokenTtlSeconds: 900,
      invitationTtlDays: 7,
      seed: true,
      portalDistDir: 'dist/portal',
    });
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ NODE_ENV: 'production', PORT: 'tre', DATABASE_URL: 'mysql://x', PUBLIC_URL: 'inte-en-adress/', DEMO_PASSWORD: 'kort', SEED: 'kanske' });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(6);
    }
  });

  it('demands a real JWT secret in production only', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(32), PUBLIC_URL: 'https://samverka.example/' }).publicUrl).toBe(
      'https://samverka.example',
    );
  });
});
