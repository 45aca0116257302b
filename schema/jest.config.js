/** Schema tests: the committed SDL files are what the code composes today. */
module.exports = require('../jest.preset.js')(__dirname);
