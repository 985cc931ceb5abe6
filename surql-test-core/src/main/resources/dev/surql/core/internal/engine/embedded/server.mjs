// surql-test embedded engine: hosts an official SurrealDB engine package in this process and
// serves the subset of SurrealDB's HTTP API that surql-test uses (POST /sql, GET /health,
// GET /version, GET /status) with the same JSON shapes and status codes as a server of that
// version. SURQL_EMBEDDED_ENGINE picks the package installed next to this script:
//   node  @surrealdb/node (SurrealDB 3.x, native): one datastore, a session per namespace/database
//   wasm  @surrealdb/wasm (SurrealDB 2.x, WebAssembly): one datastore and one session, so requests
//         run one at a time, each after selecting its namespace/database
// SURQL_EMBEDDED_CAPABILITIES holds the engine's capabilities option as JSON (empty: defaults).
//
// Started by the JVM with a pipe on stdin: when the pipe closes (the JVM exited or crashed),
// or on SIGTERM/SIGINT, the process exits. It prints one JSON line on stdout once it listens:
//   {"event":"ready","port":12345,"version":"surrealdb-3.0.2"}
import http from "node:http";

const USER = process.env.SURQL_EMBEDDED_USER ?? "root";
const PASS = process.env.SURQL_EMBEDDED_PASS ?? "root";
const PORT = Number(process.env.SURQL_EMBEDDED_PORT ?? "0");
// mem:// (the default) keeps everything in memory; surrealkv://<dir> and rocksdb://<dir> keep it on disk.
const STORAGE = process.env.SURQL_EMBEDDED_STORAGE || "mem://";
const MAX_BODY = 16 * 1024 * 1024;
const ENGINE = process.env.SURQL_EMBEDDED_ENGINE || "node";
const CAPABILITIES = process.env.SURQL_EMBEDDED_CAPABILITIES ? JSON.parse(process.env.SURQL_EMBEDDED_CAPABILITIES) : undefined;

function fatal(message, code) {
  process.stdout.write(JSON.stringify({ event: "error", code, message }) + "\n");
  process.exit(2);
}

// The wasm package loads its module with fetch(new URL("…wasm", import.meta.url)), and Node's fetch
// refuses file: URLs: answer those from the file system.
function serveFileUrlsFromDisk() {
  const fetchOverNetwork = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const address = input instanceof URL ? input : new URL(String(input && input.url ? input.url : input), "file:///");
    if (address.protocol !== "file:") return fetchOverNetwork(input, init);
    const { readFile } = await import("node:fs/promises");
    return new Response(await readFile(address), { status: 200, headers: { "content-type": "application/wasm" } });
  };
}

let Surreal, createEngines;
try {
  ({ Surreal } = await import("surrealdb"));
  if (ENGINE === "wasm") {
    serveFileUrlsFromDisk();
    ({ createWasmEngines: createEngines } = await import("@surrealdb/wasm"));
  } else {
    ({ createNodeEngines: createEngines } = await import("@surrealdb/node"));
  }
} catch (e) {
  fatal(`could not load the SurrealDB engine packages: ${messageOf(e)}`, "LOAD_FAILED");
}

function messageOf(e) {
  return typeof e === "string" ? e : e && e.message ? e.message : String(e);
}

let db;
let version;
try {
  db = new Surreal({ engines: createEngines(CAPABILITIES === undefined ? undefined : { capabilities: CAPABILITIES }) });
  if (!/^(mem:\/\/|surrealkv(\+versioned)?:\/\/.+|rocksdb:\/\/.+)$/.test(STORAGE) || (ENGINE === "wasm" && STORAGE !== "mem://")) {
    fatal(`unsupported storage '${STORAGE}': use mem://, surrealkv://<dir> or rocksdb://<dir>`
      + (ENGINE === "wasm" ? " (the WebAssembly engine keeps data in memory only: mem://)" : ""), "START_FAILED");
  }
  await db.connect(STORAGE);
  version = (await db.version()).version;
} catch (e) {
  fatal(`the SurrealDB engine did not start on ${STORAGE}: ${messageOf(e)}`, "START_FAILED");
}

// One session per namespace/database pair. A USE statement inside a query does not change
// the session for later requests, so sessions can be shared by concurrent requests. Test suites
// create a fresh namespace per test, so idle sessions beyond MAX_IDLE_SESSIONS are closed, least
// recently used first; a session is never closed while a request uses it.
const MAX_IDLE_SESSIONS = 64;
const sessions = new Map();

function acquireSession(ns, dbName) {
  const key = JSON.stringify([ns ?? null, dbName ?? null]);
  let entry = sessions.get(key);
  if (entry) {
    sessions.delete(key); // re-inserted below: Map order is least recently used first
  } else {
    entry = {
      users: 0,
      session: (async () => {
        const s = await db.newSession();
        if (ns || dbName) await s.use({ namespace: ns ?? undefined, database: dbName ?? undefined });
        return s;
      })(),
    };
    entry.session.catch(() => sessions.get(key) === entry && sessions.delete(key));
  }
  sessions.set(key, entry);
  entry.users++;
  return entry;
}

function releaseSession(entry) {
  entry.users--;
  if (sessions.size <= MAX_IDLE_SESSIONS) return;
  for (const [key, candidate] of sessions) {
    if (sessions.size <= MAX_IDLE_SESSIONS) break;
    if (candidate.users > 0) continue;
    sessions.delete(key);
    candidate.session.then((s) => s.closeSession()).catch(() => { /* already gone */ });
  }
}

// The 2.x engines have no sessions: one request at a time selects its namespace/database and runs.
let queue = Promise.resolve();
let selected = null;

function inSingleSession(ns, dbName, sql, run) {
  const turn = queue.then(async () => {
    const key = JSON.stringify([ns ?? null, dbName ?? null]);
    if (selected !== key) {
      selected = null;
      await db.use({ namespace: ns ?? null, database: dbName ?? null });
      selected = key;
    }
    try {
      return await run();
    } finally {
      // a USE statement inside the query changed the session
      if (/\buse\b/i.test(sql)) selected = null;
    }
  });
  queue = turn.catch(() => { /* the next request runs anyway */ });
  return turn;
}

// SDK 2.0.x gives one response per statement; the older SDK the 2.3/2.4 engines need only streams
// frames (values, errors, and a done frame per statement), which become the same responses here.
async function queryOneByOne(sql, vars) {
  const query = db.query(sql, vars).json();
  if (typeof query.responses === "function") return query.responses();
  const responses = [];
  for await (const frame of query.stream()) {
    const index = frame.query;
    const response = responses[index] ?? (responses[index] = { success: true, values: [], single: undefined });
    if (frame.isSingle !== undefined) {
      response.single = frame.isSingle;
      response.values.push(frame.value);
    } else if (frame.error !== undefined) {
      response.success = false;
      response.error = frame.error;
      response.stats = frame.stats;
    } else {
      response.stats = frame.stats;
    }
  }
  return Array.from(responses, (r) => r === undefined ? { success: true, result: null } : r.success
    ? { success: true, stats: r.stats, result: r.single ? r.values[0] : r.values }
    : { success: false, stats: r.stats, error: r.error });
}

function formatDuration(duration) {
  return duration === undefined || duration === null ? "0ns" : String(duration);
}

function toHttpResult(entry) {
  const time = formatDuration(entry.stats && entry.stats.duration);
  if (ENGINE === "wasm") {
    // a 2.x server answers {result, status, time} and names no error kind
    if (entry.success) return { result: entry.result === undefined ? null : entry.result, status: "OK", time };
    return { result: entry.error && entry.error.message !== undefined ? entry.error.message : String(entry.error), status: "ERR", time };
  }
  if (entry.success) {
    return { result: entry.result === undefined ? null : entry.result, status: "OK", time, type: entry.type ?? "other" };
  }
  const err = entry.error ?? {};
  const out = { result: err.message ?? String(err), status: "ERR", time, kind: err.kind ?? "Internal" };
  if (err.details !== undefined && err.details !== null) out.details = err.details;
  return out;
}

function send(res, status, body, contentType = "application/json") {
  const payload = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(payload) });
  res.end(payload);
}

function authorized(req) {
  const header = req.headers["authorization"];
  if (!header || !header.startsWith("Basic ")) return false;
  const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon >= 0 && decoded.slice(0, colon) === USER && decoded.slice(colon + 1) === PASS;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error("payload too large"), { status: 413 }));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

async function handleSql(req, res) {
  if (!authorized(req)) {
    send(res, 401, "There was a problem with authentication", "text/plain");
    return;
  }
  const accept = req.headers["accept"];
  if (accept && accept !== "application/json" && accept !== "*/*") {
    send(res, 415, { code: 415, details: "Unsupported media type", description: "Use Accept: application/json", information: "Unsupported media type" });
    return;
  }
  const sql = await readBody(req);
  const ns = req.headers["surreal-ns"];
  const dbName = req.headers["surreal-db"];
  const vars = Object.fromEntries(new URL(req.url, "http://localhost").searchParams);
  let responses;
  const entry = ENGINE === "wasm" ? null : acquireSession(ns, dbName);
  try {
    if (entry) {
      const session = await entry.session;
      responses = await session.query(sql, vars).json().responses();
    } else {
      responses = await inSingleSession(ns, dbName, sql, () => queryOneByOne(sql, vars));
    }
  } catch (e) {
    const message = messageOf(e);
    const parse = /parse error/i.test(message) || (e && e.kind === "Validation");
    send(res, parse ? 400 : 500, {
      code: parse ? 400 : 500,
      details: parse ? "Request problems detected" : "Internal error",
      description: parse ? "There is a problem with your request. Refer to the documentation for further information." : "There was an internal error",
      information: message,
    });
    return;
  } finally {
    if (entry) releaseSession(entry);
  }
  send(res, 200, responses.map(toHttpResult));
}

const server = http.createServer((req, res) => {
  const path = new URL(req.url, "http://localhost").pathname;
  if (req.method === "GET" && path === "/health") return send(res, 200, "", "text/plain");
  if (req.method === "GET" && path === "/status") return send(res, 200, "", "text/plain");
  if (req.method === "GET" && path === "/version") return send(res, 200, version, "text/plain");
  if (req.method === "POST" && path === "/sql") {
    handleSql(req, res).catch((e) => {
      if (!res.headersSent) send(res, e.status ?? 500, { code: e.status ?? 500, details: "Internal error", description: String(e.message), information: String(e.message) });
    });
    return;
  }
  send(res, 404, { code: 404, details: "Not found", description: "Not found", information: `${req.method} ${path}` });
});
// Like SurrealDB's own server, keep idle connections open until the client closes them: a
// client must never send a request on a pooled connection the server is closing.
server.keepAliveTimeout = 0;

function shutdown() {
  try { server.close(); } catch (_) { /* closing anyway */ }
  // The engine keeps the event loop alive after close(): exit explicitly.
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
process.stdin.on("end", shutdown);
process.stdin.on("close", shutdown);
process.stdin.on("error", shutdown);
process.stdin.resume();

server.on("error", (e) => fatal(`could not listen on 127.0.0.1:${PORT}: ${e.message}`, "LISTEN_FAILED"));
server.listen(PORT, "127.0.0.1", () => {
  process.stdout.write(JSON.stringify({ event: "ready", port: server.address().port, version }) + "\n");
});
