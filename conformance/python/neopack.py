"""neopack v1, written from neopack/SPEC.md: a canonical encoder and a strict decoder.

Values are plain tuples, so tests can build and compare them:

    ("unit",)                       ("bool", True)
    ("u8", 7) ... ("s64", -1)       ("f32", 1.5) ("f64", 0.5) ("char", "x")
    ("string", "hi")
    ("packed", "u32", [1, 2])       a list of a fixed-width scalar type (SPEC §3 rule 2)
    ("list", [v, ...])              any other list
    ("record", [v, ...])            records and tuples
    ("variant", case, v)            variants and enums (payload ("unit",) when absent)
    ("none",) ("some", v)           option
    ("ok", v) ("err", v)            result (payload ("unit",) when the arm has no type)
    ("flags", count, bits)          bit i = flag i
    ("handle", n)
"""

import math
import struct

UNIT, FALSE, TRUE = 0x01, 0x02, 0x03
SCALARS = {  # name: (tag, width, struct format)
    "u8": (0x04, 1, "<B"),
    "u16": (0x05, 2, "<H"),
    "u32": (0x06, 4, "<I"),
    "u64": (0x07, 8, "<Q"),
    "s8": (0x08, 1, "<b"),
    "s16": (0x09, 2, "<h"),
    "s32": (0x0A, 4, "<i"),
    "s64": (0x0B, 8, "<q"),
    "f32": (0x0C, 4, "<I"),  # raw bits, see _float_bits
    "f64": (0x0D, 8, "<Q"),
    "char": (0x0E, 4, "<I"),
}
TAG_NAME = {tag: name for name, (tag, _, _) in SCALARS.items()}
STRING, PACKED, LIST, RECORD, VARIANT = 0x10, 0x11, 0x12, 0x13, 0x14
NONE, SOME, OK, ERR, FLAGS, HANDLE = 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A

NAN_F32 = 0x7FC00000
NAN_F64 = 0x7FF8000000000000


class DecodeError(Exception):
    """A rejected message: what is wrong and the offset of the first bad byte."""

    def __init__(self, what, offset):
        super().__init__(f"{what} at byte {offset}")
        self.what = what
        self.offset = offset


class Limits:
    """The decoder's bounds (defaults: neorun/PROTOCOL.md, "Limits")."""

    def __init__(self, max_size=16 << 20, max_depth=64, max_items=1 << 22):
        self.max_size = max_size
        self.max_depth = max_depth
        self.max_items = max_items


# ---------------------------------------------------------------------------------------------
# Encoding


def _float_bits(name, x):
    if name == "f32":
        if math.isnan(x):
            return NAN_F32
        return struct.unpack("<I", struct.pack("<f", x))[0]
    if math.isnan(x):
        return NAN_F64
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def _scalar_body(name, x):
    _, _, fmt = SCALARS[name]
    if name in ("f32", "f64"):
        x = _float_bits(name, x)
    elif name == "char":
        x = ord(x)
        if 0xD800 <= x <= 0xDFFF or x > 0x10FFFF:
            raise ValueError("a char must be a Unicode scalar value")
    return struct.pack(fmt, x)


def _container(tag, items):
    body = struct.pack("<I", len(items)) + b"".join(encode(v) for v in items)
    return bytes([tag]) + struct.pack("<I", len(body)) + body


def encode(v):
    """The canonical bytes of value `v`."""
    kind = v[0]
    if kind == "unit":
        return bytes([UNIT])
    if kind == "bool":
        return bytes([TRUE if v[1] else FALSE])
    if kind in SCALARS:
        return bytes([SCALARS[kind][0]]) + _scalar_body(kind, v[1])
    if kind == "string":
        raw = v[1].encode("utf-8")
        return bytes([STRING]) + struct.pack("<I", len(raw)) + raw
    if kind == "packed":
        elem = v[1]
        return (
            bytes([PACKED, SCALARS[elem][0]])
            + struct.pack("<I", len(v[2]))
            + b"".join(_scalar_body(elem, x) for x in v[2])
        )
    if kind == "list":
        items = v[1]
        # SPEC §3 rule 2: a non-empty list of one fixed-width scalar kind is a packed array.
        if items and items[0][0] in SCALARS and all(x[0] == items[0][0] for x in items):
            return encode(("packed", items[0][0], [x[1] for x in items]))
        return _container(LIST, items)
    if kind == "record":
        return _container(RECORD, v[1])
    if kind == "variant":
        return bytes([VARIANT]) + struct.pack("<I", v[1]) + encode(v[2])
    if kind == "none":
        return bytes([NONE])
    if kind == "some":
        return bytes([SOME]) + encode(v[1])
    if kind == "ok":
        return bytes([OK]) + encode(v[1])
    if kind == "err":
        return bytes([ERR]) + encode(v[1])
    if kind == "flags":
        count, bits = v[1], v[2]
        if count > 64 or bits >> count:
            raise ValueError("bad flags")
        return bytes([FLAGS]) + struct.pack("<I", count) + bits.to_bytes((count + 7) // 8, "little")
    if kind == "handle":
        return bytes([HANDLE]) + struct.pack("<Q", v[1])
    raise ValueError(f"unknown value kind {kind!r}")


# ---------------------------------------------------------------------------------------------
# Decoding


class Decoder:
    """A strict cursor over one message; every method checks bounds and canonical form."""

    def __init__(self, data, limits=None):
        self.limits = limits or Limits()
        if len(data) > self.limits.max_size:
            raise DecodeError("message exceeds max_size", self.limits.max_size)
        self.data = bytes(data)
        self.pos = 0
        self.items = 0
        # End offsets of the enclosing containers, innermost last.
        self.ends = [len(self.data)]

    def _take(self, n):
        if self.pos + n > self.ends[-1]:
            raise DecodeError("unexpected end", self.pos)
        b = self.data[self.pos : self.pos + n]
        self.pos += n
        return b

    def _u32(self):
        return struct.unpack("<I", self._take(4))[0]

    def _count_items(self, n, at):
        self.items += n
        if self.items > self.limits.max_items:
            raise DecodeError("item limit", at)

    def value(self, depth=0):
        """Reads one value at nesting `depth` (the number of enclosing compound values)."""
        at = self.pos
        tag = self._take(1)[0]
        if tag in (LIST, RECORD, VARIANT, SOME, OK, ERR):
            if depth + 1 > self.limits.max_depth:
                raise DecodeError("depth limit", at)
        if tag == UNIT:
            return ("unit",)
        if tag in (FALSE, TRUE):
            return ("bool", tag == TRUE)
        if tag in TAG_NAME:
            name = TAG_NAME[tag]
            return (name, self._scalar(name, at + 1))
        if tag == STRING:
            n_at = self.pos
            n = self._u32()
            if self.pos + n > self.ends[-1]:
                raise DecodeError("length out of bounds", n_at)
            raw = self._take(n)
            try:
                return ("string", raw.decode("utf-8"))
            except UnicodeDecodeError as e:
                raise DecodeError("invalid utf-8", self.pos - n + e.start) from None
        if tag == PACKED:
            elem_at = self.pos
            elem = self._take(1)[0]
            if elem not in TAG_NAME:
                raise DecodeError("bad packed element tag", elem_at)
            name = TAG_NAME[elem]
            width = SCALARS[name][1]
            n_at = self.pos
            n = self._u32()
            if self.pos + n * width > self.ends[-1]:
                raise DecodeError("length out of bounds", n_at)
            self._count_items(n, n_at)
            return ("packed", name, [self._scalar(name, self.pos) for _ in range(n)])
        if tag in (LIST, RECORD):
            len_at = self.pos
            body_len = self._u32()
            if body_len < 4 or self.pos + body_len > self.ends[-1]:
                raise DecodeError("length out of bounds", len_at)
            end = self.pos + body_len
            n_at = self.pos
            n = self._u32()
            if n > body_len - 4:
                raise DecodeError("count mismatch", n_at)
            self._count_items(n, n_at)
            self.ends.append(end)
            items = [self.value(depth + 1) for _ in range(n)]
            self.ends.pop()
            if self.pos != end:
                raise DecodeError("body length mismatch", self.pos)
            if tag == RECORD:
                return ("record", items)
            if items and items[0][0] in SCALARS and all(x[0] == items[0][0] for x in items):
                raise DecodeError("non-canonical: a list that must be packed", at)
            return ("list", items)
        if tag == VARIANT:
            case = self._u32()
            return ("variant", case, self.value(depth + 1))
        if tag == NONE:
            return ("none",)
        if tag in (SOME, OK, ERR):
            kind = {SOME: "some", OK: "ok", ERR: "err"}[tag]
            return (kind, self.value(depth + 1))
        if tag == FLAGS:
            n_at = self.pos
            n = self._u32()
            if n > 64:
                raise DecodeError("too many flags", n_at)
            raw = self._take((n + 7) // 8)
            bits = int.from_bytes(raw, "little")
            if bits >> n:
                raise DecodeError("non-canonical: flags bits above count", self.pos - 1)
            return ("flags", n, bits)
        if tag == HANDLE:
            return ("handle", struct.unpack("<Q", self._take(8))[0])
        raise DecodeError(f"unknown tag {tag:#04x}", at)

    def _scalar(self, name, at):
        _, width, fmt = SCALARS[name]
        x = struct.unpack(fmt, self._take(width))[0]
        if name == "f32":
            if (x >> 23) & 0xFF == 0xFF and x & 0x7FFFFF and x != NAN_F32:
                raise DecodeError("non-canonical NaN", at)
            return struct.unpack("<f", struct.pack("<I", x))[0]
        if name == "f64":
            if (x >> 52) & 0x7FF == 0x7FF and x & ((1 << 52) - 1) and x != NAN_F64:
                raise DecodeError("non-canonical NaN", at)
            return struct.unpack("<d", struct.pack("<Q", x))[0]
        if name == "char":
            if 0xD800 <= x <= 0xDFFF or x > 0x10FFFF:
                raise DecodeError("invalid char", at)
            return chr(x)
        return x


def decode(data, limits=None):
    """The one value of message `data`; raises DecodeError for anything else."""
    dec = Decoder(data, limits)
    v = dec.value()
    if dec.pos != len(dec.data):
        raise DecodeError("trailing bytes", dec.pos)
    return v
