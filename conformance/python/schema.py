"""Function signatures, their canonical text and fingerprint (neopack/SPEC.md, "Fingerprints"),
and the type trees of a `mismatch` entry (neorun/PROTOCOL.md, "Type trees").

Types are tuples:

    ("bool",) ("u8",) ... ("f64",) ("char",) ("string",)
    ("list", T)  ("option", T)  ("tuple", [T, ...])
    ("record", [(name, T), ...])  ("variant", [(name, T or None), ...])
    ("enum", [name, ...])  ("flags", [name, ...])  ("result", T or None, T or None)

A function is (name, [(param, T), ...], T or None).
"""

PRIMITIVES = [
    "bool", "u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64", "f32", "f64", "char", "string",
]


def render(t):
    """The canonical text of type `t`."""
    k = t[0]
    if k in PRIMITIVES:
        return k
    if k == "list":
        return f"list<{render(t[1])}>"
    if k == "option":
        return f"option<{render(t[1])}>"
    if k == "tuple":
        return "tuple<" + ", ".join(render(x) for x in t[1]) + ">"
    if k == "record":
        return "record{" + ", ".join(f"{n}: {render(x)}" for n, x in t[1]) + "}"
    if k == "variant":
        cases = (n if x is None else f"{n}({render(x)})" for n, x in t[1])
        return "variant{" + ", ".join(cases) + "}"
    if k == "enum":
        return "enum{" + ", ".join(t[1]) + "}"
    if k == "flags":
        return "flags{" + ", ".join(t[1]) + "}"
    if k == "result":
        ok, err = t[1], t[2]
        if ok is None and err is None:
            return "result"
        if err is None:
            return f"result<{render(ok)}>"
        if ok is None:
            return f"result<_, {render(err)}>"
        return f"result<{render(ok)}, {render(err)}>"
    raise ValueError(f"unknown type {t!r}")


def render_function(f):
    """The canonical text of function `f`: `name: func(params) -> result`."""
    name, params, result = f
    text = f"{name}: func(" + ", ".join(f"{p}: {render(t)}" for p, t in params) + ")"
    if result is not None:
        text += f" -> {render(result)}"
    return text


def fnv1a64(data):
    """64-bit FNV-1a."""
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def fingerprint(f):
    """The fingerprint of function `f`: FNV-1a 64 of its canonical text in UTF-8."""
    return fnv1a64(render_function(f).encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Type trees as neopack values (PROTOCOL.md, "Type trees").

CASES = PRIMITIVES[:11] + ["char", "string", "list", "record", "tuple", "variant", "enum",
                           "option", "result", "flags"]


def _opt(v, read):
    if v[0] == "none":
        return None
    if v[0] != "some":
        raise ValueError(f"expected an option, found {v[0]}")
    return read(v[1])


def _str(v):
    if v[0] != "string":
        raise ValueError(f"expected a string, found {v[0]}")
    return v[1]


def _items(v):
    if v[0] != "list":
        raise ValueError(f"expected a list, found {v[0]}")
    return v[1]


def _record(v, n):
    if v[0] != "record" or len(v[1]) != n:
        raise ValueError(f"expected a record of {n} fields")
    return v[1]


def type_from_value(v, depth=0):
    """The type a type-tree value describes."""
    if depth > 48:
        raise ValueError("type tree deeper than 48")
    if v[0] != "variant" or v[1] >= len(CASES):
        raise ValueError("not a type tree")
    k, p = CASES[v[1]], v[2]
    if k in PRIMITIVES:
        if p != ("unit",):
            raise ValueError("a primitive type has no payload")
        return (k,)
    if k in ("list", "option"):
        return (k, type_from_value(p, depth + 1))
    if k == "tuple":
        return (k, [type_from_value(x, depth + 1) for x in _items(p)])
    if k == "record":
        fields = [_record(x, 2) for x in _items(p)]
        return (k, [(_str(n), type_from_value(t, depth + 1)) for n, t in fields])
    if k == "variant":
        cases = [_record(x, 2) for x in _items(p)]
        return (k, [(_str(n), _opt(t, lambda x: type_from_value(x, depth + 1))) for n, t in cases])
    if k in ("enum", "flags"):
        return (k, [_str(x) for x in _items(p)])
    ok, err = _record(p, 2)
    read = lambda x: type_from_value(x, depth + 1)  # noqa: E731
    return ("result", _opt(ok, read), _opt(err, read))


def function_from_value(v):
    """The function a `function` record value describes."""
    name, params, result = _record(v, 3)
    ps = []
    for p in _items(params):
        pn, pt = _record(p, 2)
        ps.append((_str(pn), type_from_value(pt)))
    return (_str(name), ps, _opt(result, type_from_value))


# ---------------------------------------------------------------------------------------------
# neorun:kv/store@0.1.0, from neorun/wit/kv.wit, named types written out.

ENTRY = (
    "record",
    [("key", ("string",)), ("value", ("list", ("u8",))), ("tags", ("list", ("string",))),
     ("version", ("u64",))],
)
KV_ERROR = ("variant", [("invalid-key", ("string",)), ("too-large", ("u64",))])
KV_INTERFACE = "neorun:kv/store@0.1.0"
KV_FUNCTIONS = [
    ("noop", [], None),
    ("get", [("key", ("string",))], ("option", ENTRY)),
    ("put", [("e", ENTRY)], ("result", ("u64",), KV_ERROR)),
    ("delete", [("key", ("string",))], ("bool",)),
    ("keys", [("prefix", ("string",))], ("list", ("string",))),
]
