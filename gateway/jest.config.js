/** Gateway tests boot the four subgraphs in-process and query them through the gateway. */
module.exports = require('../jest.preset.js')(__dirname);
