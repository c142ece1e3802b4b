"""The neorun RPC protocol, version 2, written from neorun/PROTOCOL.md: frames and a blocking
TCP connection (a `u32` little-endian length prefix before every frame)."""

import socket
import struct

import neopack as np
import schema

VERSION = 2
MIN_MAX_FRAME = 4096
HELLO, WELCOME, CALL, REPLY, CANCEL, PING, PONG, GOAWAY = range(1, 9)
FIELDS = {HELLO: 4, WELCOME: 9, CALL: 6, REPLY: 3, CANCEL: 2, PING: 2, PONG: 2, GOAWAY: 2}
CODES = {
    1: "unknown-target", 2: "bad-arguments", 3: "deadline-exceeded", 4: "cancelled",
    5: "handler-failed", 6: "overloaded", 7: "shutting-down", 8: "too-large", 9: "bad-result",
}
ENTRY_CASES = ["accepted", "unknown-interface", "mismatch", "forbidden"]


class ProtocolError(Exception):
    """The peer sent something the protocol does not allow."""


def u8(x):
    return ("u8", x)


def u32(x):
    return ("u32", x)


def u64(x):
    return ("u64", x)


def string(x):
    return ("string", x)


# ---------------------------------------------------------------------------------------------
# Frames: encoding


def hello(interfaces, version=VERSION, max_frame=16 << 20):
    """`hello`; `interfaces` is [(name, [(function, fingerprint), ...]), ...]."""
    ifaces = [
        ("record", [string(name), ("list", [("record", [string(f), u64(fp)]) for f, fp in fns])])
        for name, fns in interfaces
    ]
    return np.encode(("record", [u8(HELLO), u32(version), u32(max_frame), ("list", ifaces)]))


def call(id, iface, func, args, deadline_ms=0):
    """`call`; `args` is the arguments record value."""
    fields = [u8(CALL), u64(id), u32(iface), u32(func), u32(deadline_ms), args]
    return np.encode(("record", fields))


def cancel(id):
    return np.encode(("record", [u8(CANCEL), u64(id)]))


def ping(nonce):
    return np.encode(("record", [u8(PING), u64(nonce)]))


def goaway(reason):
    return np.encode(("record", [u8(GOAWAY), string(reason)]))


# ---------------------------------------------------------------------------------------------
# Frames: decoding


def _field(v, kind):
    if v[0] != kind:
        raise ProtocolError(f"expected {kind}, found {v[0]}")
    return v[1]


def _u32_list(v):
    # `funcs` is a list<u32>: always a packed u32 array (neopack SPEC §3 rule 2).
    if v[0] != "packed" or v[1] != "u32":
        raise ProtocolError("funcs is not a packed u32 array")
    return v[2]


def _entry(v):
    if v[0] != "variant" or v[1] >= len(ENTRY_CASES):
        raise ProtocolError("bad welcome entry")
    case, p = ENTRY_CASES[v[1]], v[2]
    if case == "accepted":
        iface, funcs = _record(p, 2)
        return {"case": case, "iface": _field(iface, "u32"), "funcs": _u32_list(funcs)}
    if case == "mismatch":
        function, server = _record(p, 2)
        sig = None
        if server[0] == "some":
            sig = schema.function_from_value(server[1])
        elif server[0] != "none":
            raise ProtocolError("mismatch server is not an option")
        return {"case": case, "function": _field(function, "string"), "server": sig}
    if p != ("unit",):
        raise ProtocolError(f"{case} carries a payload")
    return {"case": case}


def _record(v, n):
    if v[0] != "record" or len(v[1]) != n:
        raise ProtocolError(f"expected a record of {n} fields")
    return v[1]


def decode_frame(data, limits=None):
    """A frame as a dict with its `kind` name and fields."""
    v = np.decode(data, limits)
    if v[0] != "record" or not v[1]:
        raise ProtocolError("a frame is a non-empty record")
    kind = _field(v[1][0], "u8")
    if kind not in FIELDS:
        raise ProtocolError(f"unknown frame kind {kind}")
    if len(v[1]) != FIELDS[kind]:
        raise ProtocolError(f"frame kind {kind} with {len(v[1])} fields")
    f = v[1][1:]
    if kind == WELCOME:
        names = ["version", "max_frame", "max_in_flight", "max_depth", "max_items",
                 "frame_timeout_ms", "idle_timeout_ms"]
        out = {"kind": "welcome"}
        for n, x in zip(names, f):
            out[n] = _field(x, "u32")
        out["interfaces"] = [_entry(e) for e in _field(f[7], "list")]
        return out
    if kind == REPLY:
        id = _field(f[0], "u64")
        if f[1][0] == "ok":
            return {"kind": "reply", "id": id, "ok": f[1][1]}
        if f[1][0] != "err":
            raise ProtocolError("reply outcome is not a result")
        code, message = _record(f[1][1], 2)
        return {"kind": "reply", "id": id, "code": _field(code, "u32"),
                "message": _field(message, "string")}
    if kind in (PING, PONG):
        return {"kind": "ping" if kind == PING else "pong", "nonce": _field(f[0], "u64")}
    if kind == GOAWAY:
        reason = _field(f[0], "string")
        return {"kind": "goaway", "reason": reason, "token": reason.split(":", 1)[0]}
    if kind == HELLO:
        interfaces = []
        for i in _field(f[2], "list"):
            name, fns = _record(i, 2)
            functions = []
            for fn in _field(fns, "list"):
                fname, fp = _record(fn, 2)
                functions.append((_field(fname, "string"), _field(fp, "u64")))
            interfaces.append((_field(name, "string"), functions))
        return {"kind": "hello", "version": _field(f[0], "u32"),
                "max_frame": _field(f[1], "u32"), "interfaces": interfaces}
    if kind == CALL:
        if f[4][0] != "record":
            raise ProtocolError("call arguments are not a record")
        return {"kind": "call", "id": _field(f[0], "u64"), "iface": _field(f[1], "u32"),
                "func": _field(f[2], "u32"), "deadline_ms": _field(f[3], "u32"), "args": f[4]}
    return {"kind": "cancel", "id": _field(f[0], "u64")}


# ---------------------------------------------------------------------------------------------
# Connection


class Closed(Exception):
    """The server closed the connection."""


class Connection:
    """One TCP connection to a server; frames are length-prefixed."""

    def __init__(self, host, port, timeout=10.0):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.limits = np.Limits()
        self.next_id = 1

    def close(self):
        self.sock.close()

    def send_raw(self, data):
        self.sock.sendall(data)

    def send(self, frame):
        self.sock.sendall(struct.pack("<I", len(frame)) + frame)

    def _read(self, n):
        out = b""
        while len(out) < n:
            chunk = self.sock.recv(n - len(out))
            if not chunk:
                raise Closed()
            out += chunk
        return out

    def recv(self):
        """The next frame, decoded; raises Closed at end of stream."""
        (n,) = struct.unpack("<I", self._read(4))
        if n > self.limits.max_size:
            raise ProtocolError(f"frame of {n} bytes over our max_frame")
        return decode_frame(self._read(n), self.limits)

    def closed_after(self):
        """Reads until the server closes; returns the frames read before the close."""
        frames = []
        try:
            while True:
                frames.append(self.recv())
        except (Closed, ConnectionResetError):
            return frames

    def handshake(self, interfaces, **kw):
        self.send(hello(interfaces, **kw))
        w = self.recv()
        if w["kind"] != "welcome":
            raise ProtocolError(f"expected welcome, got {w}")
        return w

    def call(self, iface, func, args, deadline_ms=0):
        """Sends one call and returns its reply (the next frame must be that reply)."""
        id = self.next_id
        self.next_id += 1
        self.send(call(id, iface, func, args, deadline_ms))
        r = self.recv()
        if r["kind"] != "reply" or r["id"] != id:
            raise ProtocolError(f"expected the reply to call {id}, got {r}")
        return r
