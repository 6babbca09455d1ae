// Load generator of the guide benchmark (run pinned to its own core): autocannon against one
// URL, each request with the next cookie or code from the list, so every request is a real
// look-up of a different code. Prints the result as one JSON line.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

const [url, kind, listFile, seconds, connections] = process.argv.slice(2);
const list = JSON.parse(readFileSync(listFile, 'utf8'));
let next = 0;
const request =
  kind === 'page'
    ? {
        method: 'GET',
        setupRequest: (req) => ({
          ...req,
          headers: { ...req.headers, cookie: `dlw_code=${list[next++ % list.length]}` },
        }),
      }
    : {
        method: 'POST',
        setupRequest: (req) => ({
          ...req,
          headers: {
            ...req.headers,
            'content-type': 'application/x-www-form-urlencoded',
            'sec-fetch-site': 'same-origin',
          },
          body: `code=${list[next++ % list.length]}`,
        }),
      };
const result = await autocannon({
  url,
  connections: Number(connections),
  duration: Number(seconds),
  pipelining: 1,
  requests: [request],
});
console.log(
  JSON.stringify({
    requests: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    bytes: result.throughput.average,
  }),
);
