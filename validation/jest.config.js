/** Shared jest preset for Consilium's Node packages (ts-jest, isolated modules). */
module.exports = require('../jest.preset.js')(__dirname);
