// surql-test embedded engine: hosts the official @surrealdb/node engine in this process and
// serves the subset of SurrealDB's HTTP API that surql-test uses (POST /sql, GET /health,
// GET /version, GET /status) with the same JSON shapes and status codes as a 3.x server.
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

function fatal(message, code) {
  process.stdout.write(JSON.stringify({ event: "error", code, message }) + "\n");
  process.exit(2);
}

let Surreal, createNodeEngines;
try {
  ({ Surreal } = await import("surrealdb"));
  ({ createNodeEngines } = await import("@surrealdb/node"));
} catch (e) {
  fatal(`could not load the SurrealDB engine packages: ${e && e.message}`, "LOAD_FAILED");
}

let db;
let version;
try {
  db = new Surreal({ engines: createNodeEngines() });
  if (!/^(mem:\/\/|surrealkv(\+versioned)?:\/\/.+|rocksdb:\/\/.+)$/.test(STORAGE)) {
    fatal(`unsupported storage '${STORAGE}': use mem://, surrealkv://<dir> or rocksdb://<dir>`, "START_FAILED");
  }
  await db.connect(STORAGE);
  version = (await db.version()).version;
} catch (e) {
  fatal(`the SurrealDB engine did not start on ${STORAGE}: ${e && e.message}`, "START_FAILED");
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

function formatDuration(duration) {
  return duration === undefined || duration === null ? "0ns" : String(duration);
}

function toHttpResult(entry) {
  const time = formatDuration(entry.stats && entry.stats.duration);
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
  const entry = acquireSession(ns, dbName);
  try {
    const session = await entry.session;
    responses = await session.query(sql, vars).json().responses();
  } catch (e) {
    const message = e && e.message ? e.message : String(e);
    const parse = /parse error/i.test(message) || (e && e.kind === "Validation");
    send(res, parse ? 400 : 500, {
      code: parse ? 400 : 500,
      details: parse ? "Request problems detected" : "Internal error",
      description: parse ? "There is a problem with your request. Refer to the documentation for further information." : "There was an internal error",
      information: message,
    });
    return;
  } finally {
    releaseSession(entry);
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
