/** Browser tests: Debian Chromium via playwright-core against the platform as `pnpm start` runs it. */
module.exports = { ...require('../jest.preset.js')(__dirname), testTimeout: 120000 };
