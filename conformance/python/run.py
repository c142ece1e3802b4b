#!/usr/bin/env python3
"""Conformance checks of a neorun server that serves `neorun:kv/store@0.1.0` (`neorun serve
--kv`), from an independent peer written from neorun/PROTOCOL.md and neopack/SPEC.md.

Usage: run.py HOST:PORT

Prints one line per check and a final line `N passed, M failed`; exits 1 when a check failed.
"""

import pathlib
import socket
import struct
import sys
import time
import traceback

import neopack as np
import protocol as p
import schema

ROOT = pathlib.Path(__file__).resolve().parents[2]
KV = schema.KV_INTERFACE
FUNCS = {f[0]: f for f in schema.KV_FUNCTIONS}


def kv_hello(names=None, wrong=()):
    """The kv interface with functions `names` (default all); those in `wrong` get a wrong
    fingerprint."""
    names = names or list(FUNCS)
    fns = []
    for n in names:
        fp = schema.fingerprint(FUNCS[n])
        fns.append((n, fp ^ 1 if n in wrong else fp))
    return [(KV, fns)]


def entry_value(key, value, tags, version):
    return (
        "record",
        [("string", key), ("packed", "u8", list(value)),
         ("list", [("string", t) for t in tags]), ("u64", version)],
    )


def args(*values):
    return ("record", list(values))


class Checks:
    def __init__(self, host, port):
        self.host, self.port = host, port
        self.passed = 0
        self.failed = 0

    def connect(self):
        return p.Connection(self.host, self.port)

    def bound(self, names=None):
        """A connection whose handshake accepted `names`; returns it and name → (iface, func)."""
        names = names or list(FUNCS)
        c = self.connect()
        w = c.handshake(kv_hello(names))
        e = w["interfaces"][0]
        assert e["case"] == "accepted", e
        return c, {n: (e["iface"], f) for n, f in zip(names, e["funcs"])}

    def check(self, name, fn):
        try:
            fn()
        except Exception as e:  # noqa: BLE001 - every failure is reported, then the next check
            self.failed += 1
            detail = "".join(traceback.format_exception_only(type(e), e)).strip()
            print(f"FAIL {name}: {detail}", flush=True)
        else:
            self.passed += 1
            print(f"ok   {name}", flush=True)


def expect_eq(found, expected, what):
    if found != expected:
        raise AssertionError(f"{what}: expected {expected!r}, found {found!r}")


def expect_goaway_then_close(c, token):
    frames = c.closed_after()
    goaways = [f for f in frames if f["kind"] == "goaway"]
    if not goaways:
        raise AssertionError(f"closed without a goaway (frames: {frames})")
    expect_eq(goaways[0]["token"], token, f"goaway token (reason {goaways[0]['reason']!r})")


# ---------------------------------------------------------------------------------------------


def fingerprints_follow_the_spec_vectors():
    # SPEC.md's FNV-1a reference values, and one rendering.
    expect_eq(schema.fnv1a64(b""), 0xCBF29CE484222325, "fnv1a64('')")
    expect_eq(schema.fnv1a64(b"a"), 0xAF63DC4C8601EC8C, "fnv1a64('a')")
    expect_eq(schema.fnv1a64(b"foobar"), 0x85944171F73967E8, "fnv1a64('foobar')")
    expect_eq(
        schema.render_function(FUNCS["put"]),
        "put: func(e: record{key: string, value: list<u8>, tags: list<string>, version: u64}) "
        "-> result<u64, variant{invalid-key(string), too-large(u64)}>",
        "put rendering",
    )


def doc_rows(path, begin, end):
    """The table rows between two markers of a document, as lists of cells without backquotes."""
    text = (ROOT / path).read_text(encoding="utf-8")
    body = text[text.index(begin) : text.index(end)] if end else text[text.index(begin) :]
    rows = []
    for line in body.splitlines():
        if line.startswith("| `"):
            rows.append([c.strip().strip("`") for c in line.strip().strip("|").split("|")])
    return rows


def unhex(s):
    return bytes.fromhex(s.replace(" ", ""))


def spec_fingerprint_vectors_hash_their_text():
    rows = doc_rows("neopack/SPEC.md", "<!-- fingerprints:begin -->", "<!-- fingerprints:end -->")
    assert len(rows) >= 12, rows
    for name, _, text, fp in rows:
        expect_eq(hex(schema.fnv1a64(text.encode())), hex(int(fp, 16)), f"row {name}")
    by_name = {r[2].split(":", 1)[0]: r[2] for r in rows}
    for f in ("get", "put"):  # the kv rows, rendered from our own type model
        expect_eq(schema.render_function(FUNCS[f]), by_name[f], f"{f} rendering")


def spec_examples_decode_and_reencode_exactly():
    rows = doc_rows("neopack/SPEC.md", "## 9. Examples", None)
    for row in rows:
        data = unhex(row[2])
        expect_eq(np.encode(np.decode(data)).hex(), data.hex(), f"example {row[0]}")
    assert len(rows) >= 30, len(rows)


def protocol_golden_frames_decode_and_reencode_exactly():
    rows = dict(doc_rows("neorun/PROTOCOL.md", "<!-- golden:begin -->", "<!-- golden:end -->"))
    for name, data in rows.items():
        data = unhex(data)
        expect_eq(np.encode(np.decode(data)).hex(), data.hex(), f"frame {name}")
    frame = {name: p.decode_frame(unhex(data)) for name, data in rows.items()}
    # One conversation: the welcomes answer the hello, the call uses the accepted indexes.
    hello = frame["hello"]
    expect_eq(hello["version"], p.VERSION, "hello version")
    [(_iface, [(name, fp)])] = hello["interfaces"]
    expect_eq(fp, schema.fingerprint((name, [("x", ("u32",))], ("u32",))), "hello fingerprint")
    w = frame["welcome-accepted"]
    expect_eq((w["version"], w["interfaces"][0]["funcs"]), (p.VERSION, [1]), "welcome")
    m = frame["welcome-mismatch"]["interfaces"][0]
    expect_eq(m["function"], name, "mismatch names the requested function")
    assert schema.fingerprint(m["server"]) != fp, "the mismatching signature differs"
    expect_eq(frame["welcome-mismatch-missing"]["interfaces"][0]["function"], name, "missing")
    call = frame["call"]
    expect_eq((call["iface"], call["func"]), (w["interfaces"][0]["iface"], 1), "call target")
    expect_eq(call["args"], ("record", [("u32", 5)]), "arguments")
    expect_eq((frame["reply-ok"]["id"], frame["reply-ok"]["ok"]), (call["id"], ("u32", 10)), "reply")
    expect_eq(frame["goaway"]["token"], "shutting-down", "goaway token")


def the_decoder_rejects_what_the_spec_rejects():
    bad = {
        "unknown tag": "0f",
        "trailing byte": "01 01",
        "list that must be packed": "12 0a000000 02000000 04 01 04 02",
        "non-canonical f32 NaN": "0c 0100c07f",
        "char that is a surrogate": "0e 00d80000",
        "invalid utf-8": "10 01000000 ff",
        "count above body-len - 4": "13 04000000 01000000",
        "body bytes after the counted values": "13 06000000 01000000 01 01",
        "flags bit above count": "19 03000000 08",
        "more than 64 flags": "19 41000000 0000000000000000 00",
        "packed element tag that is not a scalar": "11 10 00000000",
        "string longer than the input": "10 05000000 6869",
    }
    for what, data in bad.items():
        try:
            np.decode(unhex(data))
        except np.DecodeError:
            continue
        raise AssertionError(f"accepted: {what}")
    try:
        np.decode(unhex("12 04000000 00000000"), np.Limits(max_depth=0))
    except np.DecodeError:
        pass
    else:
        raise AssertionError("accepted: a list beyond max_depth 0")
    corpus = ROOT / "fuzz/corpus/frame"
    for path in sorted(corpus.glob("broken-*")):
        try:
            p.decode_frame(path.read_bytes())
        except (np.DecodeError, p.ProtocolError):
            continue
        raise AssertionError(f"accepted the frame {path.name}")


def handshake_accepts_every_kv_function(t):
    c = t.connect()
    w = c.handshake(kv_hello())
    expect_eq(w["version"], 2, "welcome version")
    assert w["max_frame"] >= p.MIN_MAX_FRAME, w
    assert w["max_in_flight"] >= 1, w
    assert w["max_depth"] >= 1 and w["max_items"] >= 1, w
    expect_eq(len(w["interfaces"]), 1, "welcome entries")
    e = w["interfaces"][0]
    expect_eq(e["case"], "accepted", "entry")
    expect_eq(len(e["funcs"]), len(FUNCS), "function indexes")
    expect_eq(len(set(e["funcs"])), len(FUNCS), "distinct function indexes")
    c.close()


def noop_returns_unit(t):
    c, ix = t.bound()
    r = c.call(*ix["noop"], args())
    expect_eq(r.get("ok"), ("unit",), "noop result")
    c.close()


def get_missing_returns_none(t):
    c, ix = t.bound()
    r = c.call(*ix["get"], args(("string", "conformance/absent")))
    expect_eq(r.get("ok"), ("none",), "get result")
    c.close()


def put_then_get_returns_every_field_then_delete(t):
    c, ix = t.bound()
    e = entry_value("conformance/k1", b"\x00\x01\xffhello", ["a", "b-c", ""], 42)
    r = c.call(*ix["put"], args(e))
    ok = r.get("ok")
    assert ok is not None and ok[0] == "ok" and ok[1][0] == "u64", f"put result {r}"
    r = c.call(*ix["get"], args(("string", "conformance/k1")))
    expect_eq(r.get("ok"), ("some", e), "get result")
    r = c.call(*ix["delete"], args(("string", "conformance/k1")))
    expect_eq(r.get("ok"), ("bool", True), "delete of a present key")
    r = c.call(*ix["delete"], args(("string", "conformance/k1")))
    expect_eq(r.get("ok"), ("bool", False), "delete of an absent key")
    r = c.call(*ix["get"], args(("string", "conformance/k1")))
    expect_eq(r.get("ok"), ("none",), "get after delete")
    c.close()


def put_revisions_increase(t):
    c, ix = t.bound()
    revs = []
    for i in range(3):
        r = c.call(*ix["put"], args(entry_value(f"conformance/rev{i}", b"", [], i)))
        revs.append(r["ok"][1][1])
    assert revs[0] < revs[1] < revs[2], revs
    c.close()


def keys_lists_the_prefix_sorted(t):
    c, ix = t.bound()
    for k in ["kp/b", "kp/a", "kp/c/d", "kq/x"]:
        c.call(*ix["put"], args(entry_value(k, b"v", [], 1)))
    r = c.call(*ix["keys"], args(("string", "kp/")))
    expect_eq(r.get("ok"), ("list", [("string", k) for k in ["kp/a", "kp/b", "kp/c/d"]]), "keys")
    r = c.call(*ix["keys"], args(("string", "kz/")))
    expect_eq(r.get("ok"), ("list", []), "keys of an unused prefix")
    c.close()


def put_with_an_empty_key_is_invalid_key(t):
    c, ix = t.bound()
    r = c.call(*ix["put"], args(entry_value("", b"x", [], 1)))
    ok = r.get("ok")
    # result<u64, kv-error>: err(variant case 0 `invalid-key`, a string payload)
    assert ok is not None and ok[0] == "err", f"reply {r}"
    expect_eq(ok[1][0:2], ("variant", 0), "kv-error case")
    expect_eq(ok[1][2][0], "string", "invalid-key payload")
    c.close()


def bad_arguments_are_code_2(t):
    c, ix = t.bound()
    r = c.call(*ix["get"], args(("u32", 5)))
    expect_eq((r.get("code"), p.CODES.get(r.get("code"))), (2, "bad-arguments"), "failure")
    r = c.call(*ix["get"], args())
    expect_eq(r.get("code"), 2, "failure code for a missing argument")
    r = c.call(*ix["noop"], args())
    expect_eq(r.get("ok"), ("unit",), "the connection goes on")
    c.close()


def unaccepted_function_is_unknown_target(t):
    first, full = t.bound()
    first.close()
    c, ix = t.bound(["noop"])
    # `get` exists, but this connection's handshake did not accept it.
    r = c.call(*full["get"], args(("string", "k")))
    expect_eq((r.get("code"), p.CODES.get(r.get("code"))), (1, "unknown-target"), "failure")
    r = c.call(ix["noop"][0] + 1000, 0, args())
    expect_eq(r.get("code"), 1, "failure code for an unknown interface index")
    c.close()


def wrong_fingerprint_is_a_mismatch_naming_the_function(t):
    c = t.connect()
    w = c.handshake(kv_hello(wrong=("put",)))
    e = w["interfaces"][0]
    expect_eq((e["case"], e.get("function")), ("mismatch", "put"), "entry")
    server = e["server"]
    assert server is not None, "the server has `put`: its signature is sent"
    # The server's signature, rendered by the spec's rules, has the fingerprint we computed.
    expect_eq(schema.fingerprint(server), schema.fingerprint(FUNCS["put"]), "server put")
    c.close()


def missing_function_and_unknown_interface(t):
    c = t.connect()
    w = c.handshake([(KV, [("get", schema.fingerprint(FUNCS["get"])), ("nope", 1)]),
                     ("neorun:kv/absent@0.1.0", [("get", 1)])])
    e = w["interfaces"]
    expect_eq((e[0]["case"], e[0].get("function"), e[0].get("server")),
              ("mismatch", "nope", None), "entry for a missing function")
    expect_eq(e[1]["case"], "unknown-interface", "entry for an unknown interface")
    c.close()


def ping_is_answered_with_its_nonce(t):
    c, ix = t.bound()
    c.send(p.cancel(999_999))  # an unknown id: ignored
    c.send(p.ping(0xDEADBEEF))
    f = c.recv()
    expect_eq((f["kind"], f.get("nonce")), ("pong", 0xDEADBEEF), "pong")
    c.close()


def a_frame_split_across_writes_is_reassembled(t):
    c, ix = t.bound()
    frame = p.call(77, *ix["noop"], args())
    data = struct.pack("<I", len(frame)) + frame
    for i in range(0, len(data), 3):
        c.send_raw(data[i : i + 3])
        time.sleep(0.002)
    r = c.recv()
    expect_eq((r["kind"], r["id"], r.get("ok")), ("reply", 77, ("unit",)), "reply")
    c.close()


def version_1_hello_gets_unsupported_version(t):
    c = t.connect()
    c.send(p.hello(kv_hello(), version=1))
    expect_goaway_then_close(c, "unsupported-version")


def a_tiny_max_frame_gets_max_frame_too_small(t):
    c = t.connect()
    c.send(p.hello(kv_hello(), max_frame=p.MIN_MAX_FRAME - 1))
    expect_goaway_then_close(c, "max-frame-too-small")


def an_undecodable_frame_gets_protocol_error(t):
    c, _ = t.bound()
    c.send(bytes([0xFF, 0x00, 0x01]))
    expect_goaway_then_close(c, "protocol-error")


def an_oversized_length_prefix_gets_frame_too_large(t):
    c, _ = t.bound()
    c.send_raw(struct.pack("<I", 0xFFFFFFF0))
    expect_goaway_then_close(c, "frame-too-large")


def a_call_after_the_clients_goaway_is_shutting_down(t):
    c, ix = t.bound()
    c.send(p.goaway("shutting-down: conformance client leaving"))
    c.send(p.call(5, *ix["noop"], args()))
    try:
        f = c.recv()
    except p.Closed:
        raise AssertionError("the server closed without answering the call") from None
    expect_eq((f["kind"], f.get("id"), f.get("code")), ("reply", 5, 7), "reply")
    c.close()


def main():
    if len(sys.argv) != 2 or ":" not in sys.argv[1]:
        print(__doc__, file=sys.stderr)
        return 2
    host, port = sys.argv[1].rsplit(":", 1)
    if host.startswith("tcp://"):
        host = host[len("tcp://"):]
    t = Checks(host, int(port))
    socket.setdefaulttimeout(10)
    for fn in [
        fingerprints_follow_the_spec_vectors,
        spec_fingerprint_vectors_hash_their_text,
        spec_examples_decode_and_reencode_exactly,
        protocol_golden_frames_decode_and_reencode_exactly,
        the_decoder_rejects_what_the_spec_rejects,
    ]:
        t.check(fn.__name__.replace("_", " "), fn)
    for fn in [
        handshake_accepts_every_kv_function,
        noop_returns_unit,
        get_missing_returns_none,
        put_then_get_returns_every_field_then_delete,
        put_revisions_increase,
        keys_lists_the_prefix_sorted,
        put_with_an_empty_key_is_invalid_key,
        bad_arguments_are_code_2,
        unaccepted_function_is_unknown_target,
        wrong_fingerprint_is_a_mismatch_naming_the_function,
        missing_function_and_unknown_interface,
        ping_is_answered_with_its_nonce,
        a_frame_split_across_writes_is_reassembled,
        version_1_hello_gets_unsupported_version,
        a_tiny_max_frame_gets_max_frame_too_small,
        an_undecodable_frame_gets_protocol_error,
        an_oversized_length_prefix_gets_frame_too_large,
        a_call_after_the_clients_goaway_is_shutting_down,
    ]:
        t.check(fn.__name__.replace("_", " "), lambda fn=fn: fn(t))
    print(f"{t.passed} passed, {t.failed} failed", flush=True)
    return 1 if t.failed else 0


if __name__ == "__main__":
    sys.exit(main())
