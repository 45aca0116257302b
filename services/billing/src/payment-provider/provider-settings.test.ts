import { providerSettings, SANDBOX_DEFAULTS } from './provider-settings';

describe('Choosing the payment provider', () => {
  it('uses the embedded sandbox by default, with its own keys', () => {
    expect(providerSettings({})).toMatchObject({ kind: 'SANDBOX', keyId: SANDBOX_DEFAULTS.keyId });
  });

  it('refuses the sandbox in production, where money is real', () => {
    expect(() => providerSettings({ NODE_ENV: 'production' })).toThrow(/PAYMENT_PROVIDER=razorpay/);
  });

  it('needs all three Razorpay keys for Razorpay', () => {
    expect(() =>
      providerSettings({ PAYMENT_PROVIDER: 'razorpay', RAZORPAY_KEY_ID: 'rzp_live_x' }),
    ).toThrow(/RAZORPAY_KEY_SECRET/);
    expect(
      providerSettings({
        PAYMENT_PROVIDER: 'razorpay',
        RAZORPAY_KEY_ID: 'rzp_live_x',
        RAZORPAY_KEY_SECRET: 'secret',
        RAZORPAY_WEBHOOK_SECRET: 'whsec',
        NODE_ENV: 'production',
      }),
    ).toMatchObject({ kind: 'RAZORPAY', keyId: 'rzp_live_x', apiBaseUrl: null });
  });

  it('refuses a provider it does not know', () => {
    expect(() => providerSettings({ PAYMENT_PROVIDER: 'paytm' })).toThrow(/sandbox or razorpay/);
  });
});
