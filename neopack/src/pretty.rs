//! The schema-less pretty printer (SPEC.md, "Pretty printing").

use alloc::string::String;
use core::fmt::Write;

use crate::decoder::Packed;
use crate::error::DecodeError;
use crate::value::{ValueRef, decode};
use crate::{Limits, tag};

/// Renders any valid message as readable, multi-line text.
///
/// One value per line; containers open with `list(N) [` or `record(N) {`, list their values
/// indented by two spaces, each followed by a comma, and close on a line of their own.
/// Scalars are written as `u8 1`, `s64 -2`, `f64 1.5`, `char 'x'`, `handle 7`; strings as Rust
/// string literals; packed arrays as `packed u8[3] 01 02 03` (bytes in hex, other elements in
/// decimal); wrappers prefix their payload: `variant(2) unit`, `some "x"`, `ok unit`, `err u32 5`,
/// `none`; flags as `flags(3) 0b101` (bit `i` is flag `i`, most significant first).
///
/// ```
/// let mut enc = neopack::Encoder::new();
/// enc.begin_record(2)?;
/// enc.str("key")?;
/// enc.bytes(&[1, 2, 3])?;
/// enc.end_record()?;
/// let text = neopack::pretty(enc.finish()?, neopack::Limits::default())?;
/// assert_eq!(text, "record(2) {\n  \"key\",\n  packed u8[3] 01 02 03,\n}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// A [`DecodeError`] for any message that [`decode`] rejects.
pub fn pretty(bytes: &[u8], limits: Limits) -> Result<String, DecodeError> {
    let v = decode(bytes, limits)?;
    let mut out = String::new();
    write_value(&mut out, &v, 0);
    Ok(out)
}

fn indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("  ");
    }
}

fn write_value(out: &mut String, v: &ValueRef<'_>, level: usize) {
    // Writing into a `String` cannot fail.
    let _ = match v {
        ValueRef::Unit => write!(out, "unit"),
        ValueRef::Bool(x) => write!(out, "{x}"),
        ValueRef::U8(x) => write!(out, "u8 {x}"),
        ValueRef::U16(x) => write!(out, "u16 {x}"),
        ValueRef::U32(x) => write!(out, "u32 {x}"),
        ValueRef::U64(x) => write!(out, "u64 {x}"),
        ValueRef::S8(x) => write!(out, "s8 {x}"),
        ValueRef::S16(x) => write!(out, "s16 {x}"),
        ValueRef::S32(x) => write!(out, "s32 {x}"),
        ValueRef::S64(x) => write!(out, "s64 {x}"),
        ValueRef::F32(x) => write!(out, "f32 {x:?}"),
        ValueRef::F64(x) => write!(out, "f64 {x:?}"),
        ValueRef::Char(x) => write!(out, "char {x:?}"),
        ValueRef::Str(x) => write!(out, "{x:?}"),
        ValueRef::Handle(x) => write!(out, "handle {x}"),
        ValueRef::None => write!(out, "none"),
        ValueRef::Flags { count, bits } => write!(out, "flags({count}) {bits:#b}"),
        ValueRef::Packed(p) => {
            write_packed(out, p);
            Ok(())
        }
        ValueRef::List(xs) | ValueRef::Record(xs) => {
            let (name, open, close) = match v {
                ValueRef::List(_) => ("list", '[', ']'),
                _ => ("record", '{', '}'),
            };
            let _ = write!(out, "{name}({}) {open}", xs.len());
            if !xs.is_empty() {
                out.push('\n');
                for x in xs {
                    indent(out, level + 1);
                    write_value(out, x, level + 1);
                    out.push_str(",\n");
                }
                indent(out, level);
            }
            out.push(close);
            Ok(())
        }
        ValueRef::Variant(case, x) => {
            let _ = write!(out, "variant({case}) ");
            write_value(out, x, level);
            Ok(())
        }
        ValueRef::Some(x) | ValueRef::Ok(x) | ValueRef::Err(x) => {
            out.push_str(match v {
                ValueRef::Some(_) => "some ",
                ValueRef::Ok(_) => "ok ",
                _ => "err ",
            });
            write_value(out, x, level);
            Ok(())
        }
    };
}

fn elem_name(t: u8) -> &'static str {
    match t {
        tag::U8 => "u8",
        tag::U16 => "u16",
        tag::U32 => "u32",
        tag::U64 => "u64",
        tag::S8 => "s8",
        tag::S16 => "s16",
        tag::S32 => "s32",
        tag::S64 => "s64",
        tag::F32 => "f32",
        tag::F64 => "f64",
        _ => "char",
    }
}

fn write_packed(out: &mut String, p: &Packed<'_>) {
    let _ = write!(out, "packed {}[{}]", elem_name(p.tag), p.count);
    fn all<T: core::fmt::Debug + crate::Packable>(out: &mut String, p: &Packed<'_>) {
        for x in p.iter::<T>() {
            let _ = write!(out, " {x:?}");
        }
    }
    match p.tag {
        tag::U8 => {
            for b in p.bytes {
                let _ = write!(out, " {b:02x}");
            }
        }
        tag::U16 => all::<u16>(out, p),
        tag::U32 => all::<u32>(out, p),
        tag::U64 => all::<u64>(out, p),
        tag::S8 => all::<i8>(out, p),
        tag::S16 => all::<i16>(out, p),
        tag::S32 => all::<i32>(out, p),
        tag::S64 => all::<i64>(out, p),
        tag::F32 => all::<f32>(out, p),
        tag::F64 => all::<f64>(out, p),
        _ => all::<char>(out, p),
    }
}
