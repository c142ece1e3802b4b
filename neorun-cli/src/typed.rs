//! `dump --schema`: call arguments and reply results shown with their parameter, field and case
//! names, from the interfaces of a component or a `.wit` file.
//!
//! A call names its function by the server's indexes (`iface`, `func`), which only the
//! connection's handshake maps to names: [`Typed`] follows each connection's `hello` and
//! `welcome`, then remembers each call's function until its reply.

use std::collections::{HashMap, VecDeque};
use std::fmt::Write as _;
use std::path::Path;

use anyhow::bail;
use neorun::ledger::Ledger;
use neorun::neopack::schema::{Function, Interface, Type};
use neorun::neopack::{self, Limits, Packed, ValueRef};
use neorun::rpc::frame::{Frame, Outcome, WelcomeEntry};

/// Lists longer than this show their first elements and a count of the rest.
const LIST_SHOWN: usize = 16;

/// The interfaces a capture is decoded with, by full name (`ns:pkg/iface@ver`).
pub(crate) struct Schema {
    interfaces: HashMap<String, Interface>,
}

impl Schema {
    /// Reads `path`: a `.wit` file (or a directory of them), else a component.
    pub(crate) fn load(path: &Path) -> anyhow::Result<Self> {
        let interfaces = if path.is_dir() || path.extension().is_some_and(|e| e == "wit") {
            crate::wit::interfaces(path)?
        } else {
            let engine = crate::engine()?;
            let component = crate::load_component(&engine, path)?;
            let ledger = Ledger::new(&engine, &component);
            ledger
                .imports()
                .iter()
                .chain(ledger.exports())
                .filter(|i| !i.is_world())
                .map(|i| i.interface().clone())
                .collect()
        };
        if interfaces.is_empty() {
            bail!("`{}` has no interface to decode calls with", path.display());
        }
        Ok(Self { interfaces: interfaces.into_iter().map(|i| (i.name.clone(), i)).collect() })
    }

    fn function(&self, iface: &str, func: &str) -> Option<&Function> {
        self.interfaces.get(iface)?.function(func)
    }
}

/// The function a call or reply belongs to and its value with names.
pub(crate) struct Annotation {
    /// `iface#func`.
    pub(crate) function: String,
    /// The arguments or result with names, or why the bytes do not fit the function's types.
    pub(crate) value: Result<String, String>,
}

/// What one connection's handshakes said.
#[derive(Default)]
struct Session {
    /// The requested interfaces and functions of each `hello` not yet answered.
    hellos: VecDeque<Vec<(String, Vec<String>)>>,
    /// Server indexes `(iface, func)` to `(interface, function)` names.
    targets: HashMap<(u32, u32), (String, String)>,
    /// Calls awaiting their reply.
    calls: HashMap<u64, (String, String)>,
}

/// Follows the frames of a capture, connection by connection.
pub(crate) struct Typed {
    schema: Schema,
    sessions: HashMap<u32, Session>,
    limits: Limits,
}

impl Typed {
    pub(crate) fn new(schema: Schema, limits: Limits) -> Self {
        Self { schema, sessions: HashMap::new(), limits }
    }

    /// Takes in `frame` of connection `conn`; a call or reply whose function the handshake
    /// named gets an annotation.
    pub(crate) fn follow(&mut self, conn: u32, frame: &Frame<'_>) -> Option<Annotation> {
        let session = self.sessions.entry(conn).or_default();
        match frame {
            Frame::Hello(h) => {
                let requested = h
                    .interfaces
                    .iter()
                    .map(|i| (i.name.clone(), i.functions.iter().map(|f| f.name.clone()).collect()))
                    .collect();
                session.hellos.push_back(requested);
                None
            }
            Frame::Welcome(w) => {
                let requested = session.hellos.pop_front()?;
                for (entry, (name, funcs)) in w.interfaces.iter().zip(requested) {
                    if let WelcomeEntry::Accepted { iface, funcs: indexes } = entry {
                        for (index, func) in indexes.iter().zip(funcs) {
                            session.targets.insert((*iface, *index), (name.clone(), func));
                        }
                    }
                }
                None
            }
            Frame::Call(c) => {
                let (iface, func) = session.targets.get(&(c.iface, c.func))?.clone();
                session.calls.insert(c.id, (iface.clone(), func.clone()));
                let f = self.schema.function(&iface, &func);
                let value = match f {
                    Some(f) => typed(c.args, &f.params_type(), self.limits),
                    None => Err(format!("`{iface}#{func}` is not in the schema")),
                };
                Some(Annotation { function: format!("{iface}#{func}"), value })
            }
            Frame::Reply(r) => {
                let (iface, func) = session.calls.remove(&r.id)?;
                let Outcome::Ok(bytes) = r.outcome else { return None };
                let value = match self.schema.function(&iface, &func) {
                    Some(Function { result: Some(ty), .. }) => typed(bytes, ty, self.limits),
                    Some(Function { result: None, .. }) => {
                        typed(bytes, &Type::Tuple(vec![]), self.limits)
                            .map_err(|_| "a result from a function without one".to_owned())
                    }
                    None => Err(format!("`{iface}#{func}` is not in the schema")),
                };
                Some(Annotation { function: format!("{iface}#{func}"), value })
            }
            _ => None,
        }
    }
}

/// `bytes`, one neopack value of type `ty`, as text with names.
fn typed(bytes: &[u8], ty: &Type, limits: Limits) -> Result<String, String> {
    let v = neopack::decode(bytes, limits).map_err(|e| e.to_string())?;
    let mut out = String::new();
    value(&mut out, &v, ty)?;
    Ok(out)
}

/// Writes `v` as `ty` in WAVE-like syntax: `{key: "k"}`, `some(1)`, `not-found`, `{read}`.
fn value(out: &mut String, v: &ValueRef<'_>, ty: &Type) -> Result<(), String> {
    match (ty, v) {
        (Type::Tuple(ts), ValueRef::Unit) if ts.is_empty() => out.push_str("()"),
        (Type::Bool, ValueRef::Bool(x)) => push(out, x),
        (Type::U8, ValueRef::U8(x)) => push(out, x),
        (Type::U16, ValueRef::U16(x)) => push(out, x),
        (Type::U32, ValueRef::U32(x)) => push(out, x),
        (Type::U64, ValueRef::U64(x)) => push(out, x),
        (Type::S8, ValueRef::S8(x)) => push(out, x),
        (Type::S16, ValueRef::S16(x)) => push(out, x),
        (Type::S32, ValueRef::S32(x)) => push(out, x),
        (Type::S64, ValueRef::S64(x)) => push(out, x),
        (Type::F32, ValueRef::F32(x)) => float(out, f64::from(*x)),
        (Type::F64, ValueRef::F64(x)) => float(out, *x),
        (Type::Char, ValueRef::Char(c)) => push(out, format_args!("{c:?}")),
        (Type::String, ValueRef::Str(s)) => push(out, format_args!("{s:?}")),
        (Type::List(elem), ValueRef::Packed(p)) => packed(out, p, elem)?,
        (Type::List(elem), ValueRef::List(xs)) => {
            out.push('[');
            for (i, x) in xs.iter().take(LIST_SHOWN).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                value(out, x, elem)?;
            }
            more(out, xs.len());
            out.push(']');
        }
        (Type::Record(fields), ValueRef::Record(xs)) if fields.len() == xs.len() => {
            out.push('{');
            for (i, (f, x)) in fields.iter().zip(xs).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                push(out, format_args!("{}: ", f.name));
                value(out, x, &f.ty)?;
            }
            out.push('}');
        }
        (Type::Tuple(ts), ValueRef::Record(xs)) if ts.len() == xs.len() => {
            out.push('(');
            for (i, (t, x)) in ts.iter().zip(xs).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                value(out, x, t)?;
            }
            out.push(')');
        }
        (Type::Variant(cases), ValueRef::Variant(i, payload)) => {
            let case = usize::try_from(*i).ok().and_then(|i| cases.get(i));
            let case = case.ok_or_else(|| format!("case {i} of a variant with {}", cases.len()))?;
            out.push_str(&case.name);
            if let Some(t) = &case.ty {
                out.push('(');
                value(out, payload, t)?;
                out.push(')');
            }
        }
        (Type::Enum(names), ValueRef::Variant(i, _)) => {
            let name = usize::try_from(*i).ok().and_then(|i| names.get(i));
            out.push_str(name.ok_or_else(|| format!("case {i} of an enum with {}", names.len()))?);
        }
        (Type::Option(_), ValueRef::None) => out.push_str("none"),
        (Type::Option(t), ValueRef::Some(x)) => wrapped(out, "some", x, Some(t))?,
        (Type::Result { ok, .. }, ValueRef::Ok(x)) => wrapped(out, "ok", x, ok.as_deref())?,
        (Type::Result { err, .. }, ValueRef::Err(x)) => wrapped(out, "err", x, err.as_deref())?,
        (Type::Flags(names), ValueRef::Flags { bits, .. }) => {
            let set: Vec<&str> = names
                .iter()
                .enumerate()
                .filter(|(i, _)| *i < 64 && bits >> i & 1 == 1)
                .map(|(_, n)| n.as_str())
                .collect();
            push(out, format_args!("{{{}}}", set.join(", ")));
        }
        (ty, v) => return Err(format!("expected {ty}, found {}", kind(v))),
    }
    Ok(())
}

fn push(out: &mut String, x: impl std::fmt::Display) {
    // Writing into a `String` cannot fail.
    let _ = write!(out, "{x}");
}

fn float(out: &mut String, x: f64) {
    match x {
        x if x.is_nan() => out.push_str("nan"),
        x if x.is_infinite() => out.push_str(if x > 0.0 { "inf" } else { "-inf" }),
        x => push(out, x),
    }
}

/// `ok`, `ok(x)` (and `some(x)`, `err(x)`): the payload when the arm has a type.
fn wrapped(
    out: &mut String,
    name: &str,
    x: &ValueRef<'_>,
    ty: Option<&Type>,
) -> Result<(), String> {
    out.push_str(name);
    match ty {
        Some(t) => {
            out.push('(');
            value(out, x, t)?;
            out.push(')');
        }
        None if *x == ValueRef::Unit => {}
        None => return Err(format!("a payload ({}) where `{name}` has none", kind(x))),
    }
    Ok(())
}

/// `, ... (N more)` when a list of `len` elements was cut.
fn more(out: &mut String, len: usize) {
    if len > LIST_SHOWN {
        push(out, format_args!(", ... ({} more)", len - LIST_SHOWN));
    }
}

/// The elements of a packed array, as `elem`.
fn packed(out: &mut String, p: &Packed<'_>, elem: &Type) -> Result<(), String> {
    fn list<T: neopack::Packable>(
        out: &mut String,
        p: &Packed<'_>,
        show: impl Fn(&mut String, T),
    ) -> Result<(), String> {
        if T::TAG != p.tag {
            return Err(format!("a packed array of tag {:#04x}", p.tag));
        }
        out.push('[');
        for (i, x) in p.iter::<T>().take(LIST_SHOWN).enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            show(out, x);
        }
        more(out, p.count as usize);
        out.push(']');
        Ok(())
    }
    match elem {
        Type::U8 => list(out, p, |o, x: u8| push(o, x)),
        Type::U16 => list(out, p, |o, x: u16| push(o, x)),
        Type::U32 => list(out, p, |o, x: u32| push(o, x)),
        Type::U64 => list(out, p, |o, x: u64| push(o, x)),
        Type::S8 => list(out, p, |o, x: i8| push(o, x)),
        Type::S16 => list(out, p, |o, x: i16| push(o, x)),
        Type::S32 => list(out, p, |o, x: i32| push(o, x)),
        Type::S64 => list(out, p, |o, x: i64| push(o, x)),
        Type::F32 => list(out, p, |o, x: f32| float(o, f64::from(x))),
        Type::F64 => list(out, p, float),
        Type::Char => list(out, p, |o, x: char| push(o, format_args!("{x:?}"))),
        other => Err(format!("expected {}, found a packed array", Type::list(other.clone()))),
    }
}

/// A value's kind, for mismatch messages.
fn kind(v: &ValueRef<'_>) -> &'static str {
    match v {
        ValueRef::Unit => "unit",
        ValueRef::Bool(_) => "bool",
        ValueRef::U8(_) => "u8",
        ValueRef::U16(_) => "u16",
        ValueRef::U32(_) => "u32",
        ValueRef::U64(_) => "u64",
        ValueRef::S8(_) => "s8",
        ValueRef::S16(_) => "s16",
        ValueRef::S32(_) => "s32",
        ValueRef::S64(_) => "s64",
        ValueRef::F32(_) => "f32",
        ValueRef::F64(_) => "f64",
        ValueRef::Char(_) => "char",
        ValueRef::Str(_) => "string",
        ValueRef::Packed(_) => "packed array",
        ValueRef::List(_) => "list",
        ValueRef::Record(_) => "record",
        ValueRef::Variant(..) => "variant",
        ValueRef::None => "none",
        ValueRef::Some(_) => "some",
        ValueRef::Ok(_) => "ok",
        ValueRef::Err(_) => "err",
        ValueRef::Flags { .. } => "flags",
        ValueRef::Handle(_) => "handle",
    }
}

#[cfg(test)]
mod tests {
    use neorun::neopack::Encoder;
    use neorun::neopack::schema::{Case, Field};
    use neorun::rpc::frame::{Call, FunctionRef, Hello, HelloInterface, Reply, Welcome};

    use super::*;

    fn encoded(write: impl FnOnce(&mut Encoder)) -> Vec<u8> {
        let mut enc = Encoder::new();
        write(&mut enc);
        enc.finish().unwrap().to_vec()
    }

    #[test]
    fn values_show_field_case_and_flag_names() {
        let ty = Type::Record(vec![
            Field::new("op", Type::enumeration(["get", "put"])),
            Field::new(
                "why",
                Type::Variant(vec![Case::new("none", None), Case::new("code", Some(Type::U32))]),
            ),
            Field::new("mode", Type::flags(["read", "write", "exec"])),
            Field::new("pair", Type::Tuple(vec![Type::Char, Type::option(Type::String)])),
            Field::new("out", Type::result(None, Some(Type::S8))),
        ]);
        let bytes = encoded(|e| {
            e.begin_record(5).unwrap();
            e.variant(1).unwrap();
            e.unit().unwrap();
            e.variant(1).unwrap();
            e.u32(7).unwrap();
            e.flags(3, 0b101).unwrap();
            e.begin_record(2).unwrap();
            e.char('x').unwrap();
            e.some().unwrap();
            e.str("s").unwrap();
            e.end_record().unwrap();
            e.err().unwrap();
            e.s8(-1).unwrap();
            e.end_record().unwrap();
        });
        assert_eq!(
            typed(&bytes, &ty, Limits::default()).unwrap(),
            "{op: put, why: code(7), mode: {read, exec}, pair: ('x', some(\"s\")), out: err(-1)}"
        );
    }

    #[test]
    fn long_lists_are_cut_short_and_mismatches_named() {
        let bytes = encoded(|e| e.packed(&[7u8; 20]).unwrap());
        let text = typed(&bytes, &Type::list(Type::U8), Limits::default()).unwrap();
        assert!(text.ends_with(", 7, ... (4 more)]"), "{text}");
        let e = typed(&bytes, &Type::String, Limits::default()).unwrap_err();
        assert_eq!(e, "expected string, found packed array");
    }

    #[test]
    fn calls_and_replies_are_named_by_the_handshake_of_their_connection() {
        let get = Function::new("get", [("key", Type::String)], Some(Type::option(Type::U32)));
        let iface =
            Interface::new("a:b/c", vec![Function::new("noop", [("x", Type::U8)], None), get]);
        let schema = Schema { interfaces: HashMap::from([("a:b/c".to_owned(), iface)]) };
        let mut t = Typed::new(schema, Limits::default());
        let hello = Hello {
            version: 2,
            max_frame: 64,
            interfaces: vec![HelloInterface {
                name: "a:b/c".into(),
                functions: vec![FunctionRef { name: "get".into(), fingerprint: 0 }],
            }],
        };
        assert!(t.follow(3, &Frame::Hello(hello)).is_none());
        let welcome = Welcome {
            version: 2,
            max_frame: 64,
            max_in_flight: 1,
            max_depth: 64,
            max_items: 1 << 22,
            frame_timeout_ms: 0,
            idle_timeout_ms: 0,
            interfaces: vec![WelcomeEntry::Accepted { iface: 5, funcs: vec![9] }],
        };
        assert!(t.follow(3, &Frame::Welcome(welcome)).is_none());
        let args = encoded(|e| {
            e.begin_record(1).unwrap();
            e.str("k").unwrap();
            e.end_record().unwrap();
        });
        let call = Call { id: 1, iface: 5, func: 9, deadline_ms: 0, args: &args };
        assert!(t.follow(0, &Frame::Call(call)).is_none(), "another connection");
        let note = t.follow(3, &Frame::Call(call)).unwrap();
        assert_eq!(note.function, "a:b/c#get");
        assert_eq!(note.value.unwrap(), "{key: \"k\"}");
        let result = encoded(|e| {
            e.some().unwrap();
            e.u32(4).unwrap();
        });
        let reply = Reply { id: 1, outcome: Outcome::Ok(&result) };
        let note = t.follow(3, &Frame::Reply(reply)).unwrap();
        assert_eq!(note.value.unwrap(), "some(4)");
    }
}
