import {
  DEFAULT_RATE_LIMITS,
  rateLimitSettingsFromEnv,
  trustProxyFromEnv,
} from './rate-limit-settings';

describe('Rate limit settings from the environment', () => {
  it('take the per-minute limits that are set and the defaults for the rest', () => {
    expect(
      rateLimitSettingsFromEnv({
        RATE_LIMIT_ACCOUNT_PER_MINUTE: '120',
        RATE_LIMIT_PARTNER_PER_MINUTE: ' 60 ',
      }),
    ).toEqual({ ...DEFAULT_RATE_LIMITS, perAccount: 120, perPartner: 60, windowMs: 60_000 });
  });

  it.each(['0', '-5', '1.5', 'lots', '1e3'])(
    'refuse %j, naming the variable and the rule',
    (given) => {
      expect(() => rateLimitSettingsFromEnv({ RATE_LIMIT_IP_PER_MINUTE: given })).toThrow(
        `RATE_LIMIT_IP_PER_MINUTE must be a whole number of requests per minute, at least 1 (it is "${given}").`,
      );
    },
  );

  it('trust only loopback proxies unless TRUST_PROXY says otherwise, and never every proxy', () => {
    expect(trustProxyFromEnv({})).toBe('loopback');
    expect(trustProxyFromEnv({ TRUST_PROXY: '1' })).toBe(1);
    expect(trustProxyFromEnv({ TRUST_PROXY: 'false' })).toBe(0);
    expect(trustProxyFromEnv({ TRUST_PROXY: '10.0.0.0/8, loopback' })).toBe('10.0.0.0/8, loopback');
    expect(() => trustProxyFromEnv({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY=true/);
  });
});
