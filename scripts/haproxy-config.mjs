// The haproxy configuration of `pnpm cluster` (scripts/cluster.mjs), also used by scripts/test-cluster.mjs to check
// its retry rules against a process that drops every request. infra/haproxy.cfg is the same for Docker.

/**
 * @param {{ bind: string, servers: Array<{ name: string, address: string }>, statsPort?: number, check?: boolean }} o
 */
export function haproxyConfigFor({ bind, servers, statsPort, check = true }) {
  return `# Written by scripts/cluster.mjs on every start (scripts/haproxy-config.mjs).
global
    maxconn 4096
    log stderr format short local0 notice

defaults
    mode http
    log global
    option dontlognull
    timeout connect 1s
    timeout client 5m
    timeout server 5m
    timeout http-request 60s
    timeout queue 30s

frontend gongkai
    bind ${bind}
    option forwardfor
    default_backend api

backend api
    balance leastconn
    # Health: /readyz (database reachable, migrations applied; 503 while a process shuts down).
    option httpchk
    http-check send meth GET uri /readyz
    http-check expect status 200
    default-server inter 1s fastinter 250ms downinter 1s fall 2 rise 2 observe layer4 error-limit 1 on-error fastinter
    # Retries on another process (option redispatch): a request that never reached a process (conn-failure) is
    # always retried; one a process took and died on without answering (empty-response), or answered 503 (a query
    # whose read replica went away while it ran, apps/server/src/read-routing.ts), only if it is idempotent.
    # L7 retries need the request in haproxy's buffer: http-buffer-request waits for bodies up to tune.bufsize (16 kB).
    option http-buffer-request
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response 503
    # Idempotent: GET/HEAD (admin pages, /exports downloads), and GraphQL POSTs whose body does not contain
    # "mutation" anywhere (a query whose text or variables contain the word merely loses the retry). A mutation may
    # have committed before its process died, so it is never sent twice.
    acl idempotent_method method GET HEAD
    acl mutation_body req.body -m sub mutation
    http-request disable-l7-retry if !idempotent_method mutation_body
${servers.map((s) => `    server ${s.name} ${s.address}${check ? ' check' : ''}`).join('\n')}
${
  statsPort
    ? `
listen stats
    bind 127.0.0.1:${statsPort}
    stats enable
    stats uri /
    stats refresh 2s
`
    : ''
}`;
}
