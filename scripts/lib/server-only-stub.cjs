// Preloaded by the benches that load the data layer outside Next (node -r): "server-only" throws
// outside React Server Components, and the react-server condition that silences it breaks the
// client modules the pack's documents import. As the tests do (vitest.config.ts), it is a no-op here.
const path = require.resolve("server-only", { paths: [process.cwd()] });
const stub = new module.constructor(path);
stub.loaded = true;
stub.exports = {};
require.cache[path] = stub;
