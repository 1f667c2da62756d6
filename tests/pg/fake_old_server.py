#!/usr/bin/env python3
"""A tiny fake PostgreSQL 9.4 server, for the "unsupported version" test.

It speaks just enough of protocol 3.0 for libpq and Qt's QPSQL driver: no
authentication (AuthenticationOk at once), the parameters libpq wants with
server_version 9.4.26, simple queries ('Q') and the extended protocol that
prepared statements use. SHOW/version queries get one row; SET, BEGIN and
the like succeed; anything that would write (CREATE, INSERT, ...) gets an
error; any other SELECT gets no rows.

Usage: fake_old_server.py [--log FILE]
Prints the port it listens on (127.0.0.1) as its first line of stdout;
appends every statement it receives to FILE, one per line.
"""
import argparse
import socketserver
import struct
import sys
import threading

VERSION = "9.4.26"
VERSION_NUM = "90426"
PARAMS = {
    "server_version": VERSION,
    "server_encoding": "UTF8",
    "client_encoding": "UTF8",
    "DateStyle": "ISO, MDY",
    "integer_datetimes": "on",
    "standard_conforming_strings": "on",
    "TimeZone": "UTC",
    "IntervalStyle": "postgres",
    "is_superuser": "off",
    "application_name": "",
}
WRITES = ("create", "insert", "update", "delete", "alter", "drop", "truncate",
          "copy", "grant", "revoke", "comment", "lock", "vacuum", "reindex")
COMMANDS = ("set", "reset", "begin", "start", "commit", "end", "rollback",
            "abort", "savepoint", "release", "deallocate", "discard", "listen",
            "unlisten", "notify", "close")
TEXT_OID = 25

log_lock = threading.Lock()
log_path = None


def log(sql):
    if not log_path:
        return
    with log_lock, open(log_path, "a", encoding="utf-8") as f:
        f.write(" ".join(sql.split()) + "\n")


def answer(sql, prepared=None):
    """('rows', [names], [[values]]) | ('cmd', tag) | ('error', code, text) | ('empty',)

    prepared: this connection's SQL-level PREPAREd statements (name -> sql),
    which QPSQL uses for QSqlQuery::prepare()."""
    q = sql.strip().rstrip(";").strip()
    low = q.lower()
    if not low:
        return ("empty",)
    first = low.split()[0]
    words = q.split(None, 3)
    if prepared is not None and first == "prepare" and len(words) >= 4:
        prepared[words[1]] = words[3] if words[2].lower() == "as" else ""
        return ("cmd", "PREPARE")
    if prepared is not None and first == "execute" and len(words) >= 2:
        name = words[1].split("(")[0]
        return answer(prepared.get(name, ""), prepared)
    if first == "show":
        name = q.split()[1].strip('"')
        if name.lower() == "server_version_num":
            return ("rows", [name], [[VERSION_NUM]])
        for key, value in PARAMS.items():
            if key.lower() == name.lower():
                return ("rows", [key], [[value]])
        return ("rows", [name], [[""]])
    if "server_version_num" in low:
        return ("rows", ["server_version_num"], [[VERSION_NUM]])
    if "version()" in low:
        return ("rows", ["version"],
                [["PostgreSQL %s on x86_64-pc-linux-gnu, compiled by gcc, 64-bit" % VERSION]])
    if low.startswith("select '") and low.count("'") >= 2:
        # Literal echo (QPSQL probes how backslashes come back).
        return ("rows", ["?column?"], [[q[q.index("'") + 1:q.rindex("'")]]])
    if first in WRITES:
        return ("error", "42501", "permission denied: this fake server writes nothing")
    if first in COMMANDS:
        return ("cmd", first.upper())
    return ("rows", ["?column?"], [])


def msg(kind, payload=b""):
    return kind + struct.pack("!i", len(payload) + 4) + payload


def cstr(s):
    return s.encode() + b"\0"


class Handler(socketserver.BaseRequestHandler):
    def recv_exact(self, n):
        buf = b""
        while len(buf) < n:
            chunk = self.request.recv(n - len(buf))
            if not chunk:
                raise ConnectionError
            buf += chunk
        return buf

    def send(self, data):
        self.request.sendall(data)

    def ready(self):
        return msg(b"Z", b"T" if self.in_txn else b"I")

    def error(self, code, text):
        return msg(b"E", b"SERROR\0VERROR\0C" + cstr(code) + b"M" + cstr(text) + b"\0")

    def row_description(self, names):
        body = struct.pack("!h", len(names))
        for n in names:
            body += cstr(n) + struct.pack("!ihihih", 0, 0, TEXT_OID, -1, -1, 0)
        return msg(b"T", body)

    def results(self, a, describe):
        """Messages for one statement; describe=False leaves out RowDescription."""
        out = b""
        if a[0] == "empty":
            return msg(b"I")
        if a[0] == "error":
            self.failed = True
            return self.error(a[1], a[2])
        if a[0] == "cmd":
            tag = a[1]
            if tag in ("BEGIN", "START"):
                self.in_txn = True
                tag = "BEGIN" if tag == "BEGIN" else "START TRANSACTION"
            elif tag in ("COMMIT", "END", "ROLLBACK", "ABORT"):
                self.in_txn = False
            return msg(b"C", cstr(tag))
        names, rows = a[1], a[2]
        if describe:
            out += self.row_description(names)
        for r in rows:
            body = struct.pack("!h", len(r))
            for v in r:
                b = v.encode()
                body += struct.pack("!i", len(b)) + b
            out += msg(b"D", body)
        return out + msg(b"C", cstr("SELECT %d" % len(rows)))

    def startup(self):
        while True:
            (length,) = struct.unpack("!i", self.recv_exact(4))
            body = self.recv_exact(length - 4)
            (code,) = struct.unpack("!i", body[:4])
            if code in (80877103, 80877104):  # SSLRequest, GSSENCRequest
                self.send(b"N")
                continue
            if code == 80877102:  # CancelRequest
                return False
            out = msg(b"R", struct.pack("!i", 0))
            for k, v in PARAMS.items():
                out += msg(b"S", cstr(k) + cstr(v))
            out += msg(b"K", struct.pack("!ii", 4242, 4242))
            self.send(out + self.ready())
            return True

    def handle(self):
        self.in_txn = False
        self.failed = False
        self.prepared = {}
        statements, portals = {}, {}
        skipping = False  # after an error in the extended protocol, until Sync
        try:
            if not self.startup():
                return
            while True:
                kind = self.recv_exact(1)
                (length,) = struct.unpack("!i", self.recv_exact(4))
                body = self.recv_exact(length - 4)
                if kind == b"X":
                    return
                if kind == b"Q":
                    sql = body.rstrip(b"\0").decode("utf-8", "replace")
                    out = b""
                    for part in [p for p in sql.split(";") if p.strip()] or [""]:
                        log(part)
                        out += self.results(answer(part, self.prepared), True)
                        if self.failed:
                            break
                    self.failed = False
                    self.send(out + self.ready())
                elif kind == b"S":
                    skipping = False
                    self.send(self.ready())
                elif kind == b"H":
                    pass
                elif skipping:
                    continue
                elif kind == b"P":
                    name, rest = body.split(b"\0", 1)
                    sql = rest.split(b"\0", 1)[0].decode("utf-8", "replace")
                    statements[name] = sql
                    log(sql)
                    self.send(msg(b"1"))
                elif kind == b"B":
                    portal, rest = body.split(b"\0", 1)
                    stmt = rest.split(b"\0", 1)[0]
                    portals[portal] = statements.get(stmt, "")
                    self.send(msg(b"2"))
                elif kind == b"D":
                    which, name = body[:1], body[1:].rstrip(b"\0")
                    sql = statements.get(name, "") if which == b"S" else portals.get(name, "")
                    a = answer(sql)
                    out = msg(b"t", struct.pack("!h", 0)) if which == b"S" else b""
                    out += self.row_description(a[1]) if a[0] == "rows" else msg(b"n")
                    self.send(out)
                elif kind == b"E":
                    portal = body.split(b"\0", 1)[0]
                    out = self.results(answer(portals.get(portal, "")), False)
                    if self.failed:
                        self.failed = False
                        skipping = True
                    self.send(out)
                elif kind == b"C":
                    self.send(msg(b"3"))
                else:
                    self.send(self.error("08P01", "unsupported message") + self.ready())
        except (ConnectionError, OSError):
            return


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    global log_path
    ap = argparse.ArgumentParser()
    ap.add_argument("--log")
    args = ap.parse_args()
    log_path = args.log
    server = Server(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
